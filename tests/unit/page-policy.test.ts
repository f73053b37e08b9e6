import { describe, expect, it } from 'vitest';
import { hashSource, ownHashesOnly } from '#src/lib/security/page-policy.ts';

const script = "document.documentElement.classList.add('js');";
const style = 'body{color:red}';
const elsewhere = hashSource('console.log("a script of another page")');

function page(policy: string, body: string): string {
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
}

describe('ownHashesOnly', () => {
  it("keeps the hashes of the page's own inline script and style and drops the others", () => {
    const policy = `default-src 'self'; script-src 'self' ${hashSource(script)} ${elsewhere}; style-src 'self' ${elsewhere} ${hashSource(style)};`;
    const html = page(policy, `<script type="module">${script}</script><style>${style}</style>`);
    const kept = ownHashesOnly(html);
    expect(kept).toContain(`script-src 'self' ${hashSource(script)};`);
    expect(kept).toContain(`style-src 'self' ${hashSource(style)};`);
    expect(kept).not.toContain(elsewhere);
    expect(kept.length).toBeLessThan(html.length);
  });

  it('does not count an external script as inline code', () => {
    const external = '<script type="module" src="/_astro/a.js"></script>';
    const policy = `script-src 'self' ${hashSource('')}`;
    expect(ownHashesOnly(page(policy, external))).toContain(`content="script-src 'self'"`);
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<html><script>${script}</script></html>`;
    expect(ownHashesOnly(html)).toBe(html);
  });
});
