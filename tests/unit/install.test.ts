/**
 * A quiet install that hides nothing to act on. `.npmrc` sets npm's loglevel to `error`, so that a fresh
 * `npm install` on Node 20 does not print EBADENGINE for packages that want Node 22 or newer: npm compares
 * them with the Node that runs npm, while every script here runs on the `node` devDependency. What those
 * warnings would have to tell is checked here instead, against the Node that runs the code, and npm's
 * other install warning, an install script not yet decided in `allowScripts`, too.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version: string;
  engines?: unknown;
  hasInstallScript?: boolean;
  /** Installed only where it fits (a platform's binary); npm checks its engines without a warning. */
  optional?: boolean;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
/** The Node every npm script runs on: the `node` devDependency, as locked. */
const scriptsNode = lock.packages['node_modules/node']?.version ?? '';

/** A package's name from its place in the lock (`node_modules/a/node_modules/@b/c` → `@b/c`). */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** The Node versions a package's `engines` accept, where it names them as a range. */
function nodeRange(engines: unknown): string | undefined {
  if (typeof engines !== 'object' || engines === null) return undefined;
  const range = (engines as Record<string, unknown>)['node'];
  return typeof range === 'string' ? range : undefined;
}

describe('the install', () => {
  it('prints npm’s errors only (.npmrc), and names why', () => {
    const settings = readFileSync('.npmrc', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(settings).toEqual(['loglevel=error']);
    expect(readFileSync('.npmrc', 'utf8')).toContain('EBADENGINE');
  });

  it('locks packages that all run on the Node of the node devDependency', () => {
    expect(manifest.devDependencies['node']).toBeDefined();
    expect(semver.valid(scriptsNode), 'the locked version of the node package').not.toBeNull();
    const ranges = Object.entries(lock.packages)
      .filter(([path, locked]) => path.startsWith('node_modules/') && !locked.optional)
      .map(([path, locked]) => ({
        name: `${nameOf(path)}@${locked.version}`,
        range: nodeRange(locked.engines),
      }))
      .filter((entry): entry is { name: string; range: string } => entry.range !== undefined);
    expect(ranges.length).toBeGreaterThan(100);
    const refusing = ranges.filter(
      ({ range }) => !semver.satisfies(scriptsNode, range, { includePrerelease: true }),
    );
    expect(refusing, `packages that want another Node than ${scriptsNode}`).toEqual([]);
  });

  it('runs no install script that package.json’s allowScripts has not decided', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, locked]) => path.startsWith('node_modules/') && locked.hasInstallScript)
      .map(([path]) => nameOf(path));
    expect(withScripts).toContain('node');
    expect(withScripts.filter((name) => !(name in manifest.allowScripts))).toEqual([]);
  });
});
