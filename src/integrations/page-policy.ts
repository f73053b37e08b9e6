/**
 * After the build, each published page's Content-Security-Policy keeps only the hashes of its own
 * inline code (src/lib/security/page-policy.ts). The editor below `admin/` keeps its own policy as
 * written: its interface may add styles at run time.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isEditorFile, isHtmlFile } from '~/lib/addresses/built-files';
import { ownHashesOnly } from '~/lib/security/page-policy';

export function pagePolicy(): AstroIntegration {
  return {
    name: 'tagungsdoku:page-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let saved = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!isHtmlFile(file) || isEditorFile(file)) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const trimmed = ownHashesOnly(html);
          if (trimmed === html) continue;
          writeFileSync(path, trimmed);
          saved += html.length - trimmed.length;
        }
        logger.info(`Sicherheitsrichtlinie: ${saved} Zeichen fremder Hashes aus den Seiten entfernt.`);
      },
    },
  };
}
