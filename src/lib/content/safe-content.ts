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

const rules: readonly { pattern: RegExp; message: string }[] = [
  { pattern: /<\s*script\b/iu, message: 'a <script> element is not allowed in content' },
  {
    pattern: /<\s*(?:iframe|object|embed|frame|frameset|base|meta|link|form)\b/iu,
    message: 'embedding elements (iframe, object, embed, form …) are not allowed in content',
  },
  { pattern: /<\s*style\b/iu, message: 'a <style> element is not allowed in content' },
  { pattern: /<[^>]*\s(?:on[a-z]+)\s*=/iu, message: 'event-handler attributes (on…=) are not allowed in content' },
  { pattern: /\b(?:javascript|vbscript)\s*:/iu, message: 'javascript: and vbscript: links are not allowed in content' },
  { pattern: /\bdata\s*:\s*text\/html/iu, message: 'data:text/html links are not allowed in content' },
  { pattern: /\b(?:set:html|dangerouslySetInnerHTML)\b/u, message: 'raw HTML injection (set:html) is not allowed in content' },
  { pattern: /^\s*(?:import|export)\s/u, message: 'import and export statements are not allowed in content' },
];

/** Finds every unsafe construct in an MDX body whose first line is line `firstLine` of the file. */
export function findUnsafeMarkup(filePath: string, body: string, firstLine = 1): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  body.split('\n').forEach((text, index) => {
    for (const rule of rules) {
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
