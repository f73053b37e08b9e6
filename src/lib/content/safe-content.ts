/**
 * MDX bodies are compiled into the pages, so markup in them reaches readers as markup. The project
 * team writes text, lists and ids, never code: this check rejects what could run in a reader's
 * browser, naming file and line. (YAML values are always rendered as text and escaped by Astro.)
 */
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';

/** One unsafe construct found in a content file. */
export interface UnsafeMarkup {
  filePath: string;
  /** 1-based line in the file body. */
  line: number;
  message: string;
}

/** What the check refuses, one rule per line of a body; the editor's check of a section's text reads them too. */
export const unsafeMarkupRules: readonly { pattern: RegExp; message: string }[] = [
  { pattern: /<\s*script\b/iu, message: 'Ein <script>-Element ist im Inhalt nicht erlaubt. Bitte entfernen.' },
  {
    pattern: /<\s*(?:iframe|object|embed|frame|frameset|base|meta|link|form)\b/iu,
    message: 'Eingebettete Elemente (iframe, object, embed, form …) sind im Inhalt nicht erlaubt. Bitte entfernen.',
  },
  { pattern: /<\s*style\b/iu, message: 'Ein <style>-Element ist im Inhalt nicht erlaubt. Bitte entfernen.' },
  {
    pattern: /<[^>]*\s(?:on[a-z]+)\s*=/iu,
    message: 'Ereignis-Attribute (on…=) sind im Inhalt nicht erlaubt. Bitte entfernen.',
  },
  {
    pattern: /\b(?:javascript|vbscript)\s*:/iu,
    message: 'Links mit javascript: oder vbscript: sind im Inhalt nicht erlaubt. Bitte entfernen.',
  },
  { pattern: /\bdata\s*:\s*text\/html/iu, message: 'Links mit data:text/html sind im Inhalt nicht erlaubt. Bitte entfernen.' },
  {
    pattern: /\b(?:set:html|dangerouslySetInnerHTML)\b/u,
    message: 'Eingeschleustes HTML (set:html) ist im Inhalt nicht erlaubt. Bitte entfernen.',
  },
  { pattern: /^\s*(?:import|export)\s/u, message: 'import- und export-Anweisungen sind im Inhalt nicht erlaubt. Bitte entfernen.' },
];

/** Finds every unsafe construct in an MDX body whose first line is line `firstLine` of the file. */
export function findUnsafeMarkup(filePath: string, body: string, firstLine = 1): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  body.split('\n').forEach((text, index) => {
    for (const rule of unsafeMarkupRules) {
      if (rule.pattern.test(text)) found.push({ filePath, line: firstLine + index, message: rule.message });
    }
  });
  return found;
}

/** Checks a whole MDX file, skipping its frontmatter (YAML values are rendered as escaped text). */
export function findUnsafeMarkupInFile(filePath: string, source: string): UnsafeMarkup[] {
  const parts = splitFrontMatter(source);
  if (!parts) return findUnsafeMarkup(filePath, source);
  return findUnsafeMarkup(filePath, parts.body, parts.bodyLine);
}
