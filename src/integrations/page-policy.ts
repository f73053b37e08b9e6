/**
 * After the build, each published page keeps only what is its own: the rules of the site's stylesheet
 * it can use (src/lib/styles/own-styles.ts) and, in its Content-Security-Policy, the hashes of its own
 * inline code (src/lib/security/page-policy.ts). The editor below `admin/` keeps its page as written:
 * its interface may add styles at run time.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isEditorFile, isHtmlFile } from '#src/lib/addresses/built-files.ts';
import { ownHashesOnly } from '#src/lib/security/page-policy.ts';
import { withOwnStyles } from '#src/lib/styles/own-styles.ts';

/** The text of every script the published pages can load: the classes they name stay styled. */
function siteScripts(root: string, files: string[]): string {
  return files
    .filter((file) => /\.m?js$/u.test(file) && !isEditorFile(file))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
}

export function pagePolicy(): AstroIntegration {
  return {
    name: 'tagungsdoku:page-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
        const scripts = siteScripts(root, files);
        let styles = 0;
        let hashes = 0;
        for (const file of files) {
          if (!isHtmlFile(file) || isEditorFile(file)) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const ownStyles = withOwnStyles(html, scripts);
          const own = ownHashesOnly(ownStyles);
          if (own === html) continue;
          writeFileSync(path, own);
          styles += html.length - ownStyles.length;
          hashes += ownStyles.length - own.length;
        }
        logger.info(
          `Eigenes je Seite: ${styles} Zeichen fremder Stilregeln und ${hashes} Zeichen fremder Hashes entfernt.`,
        );
      },
    },
  };
}
