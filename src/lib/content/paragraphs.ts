/**
 * Paragraph anchors: every top-level paragraph of a section's text gets a stable id, `absatz-1`,
 * `absatz-2` …, counted in reading order. The hast plugin in `src/lib/markdown/paragraph-anchors.ts`
 * puts the ids on the section pages; this module finds the same paragraphs in the MDX source, so
 * that data shaping (the register) and the integrity checks know every anchor without rendering.
 * Pure, unit-tested, and checked against the real compiler in tests/unit/paragraphs.test.ts.
 */

/** The id of the n-th top-level paragraph of a section (counted from 1): `absatz-3`. */
export function paragraphAnchor(position: number): string {
  return `absatz-${position}`;
}

/** A top-level paragraph of a section's text. */
export interface Paragraph {
  /** `absatz-N`. */
  anchor: string;
  /** The paragraph's text, white space folded. */
  text: string;
}

/** Blocks that are not paragraphs: JSX/HTML, headings, lists, quotes, ESM, expressions, rules, code. */
const NOT_A_PARAGRAPH = /^(?:<|#{1,6}\s|[-*+]\s|\d+[.)]\s|>|import\s|export\s|\{|```|~~~|(?:[-*_]\s*){3,}$)/u;

/** JSX/HTML blocks open with a tag and may contain blank lines; they run until their closing tag. */
function splitBlocks(body: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let openTag: string | undefined;
  for (const line of body.replace(/\r\n?/gu, '\n').split('\n')) {
    if (openTag === undefined && current.length === 0) {
      const open = /^<([A-Za-z][\w.-]*)\b[^>]*?(\/)?>/u.exec(line.trim());
      if (open?.[1] && !open[2] && !new RegExp(`</${open[1]}>\\s*$`, 'u').test(line)) openTag = open[1];
    }
    if (openTag !== undefined) {
      current.push(line);
      if (new RegExp(`^\\s*</${openTag}>\\s*$`, 'u').test(line)) {
        blocks.push(current.join('\n'));
        current = [];
        openTag = undefined;
      }
      continue;
    }
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks;
}

/** The top-level paragraphs of an MDX body, with their anchors, in reading order. */
export function findParagraphs(body: string): Paragraph[] {
  return splitBlocks(body)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !NOT_A_PARAGRAPH.test(block))
    .map((block, index) => ({ anchor: paragraphAnchor(index + 1), text: block.replace(/\s+/gu, ' ') }));
}

/**
 * Every anchored block of an MDX body in reading order: the top-level paragraphs (`absatz-N`) and the
 * elements written with an id, such as the numbered findings (`<li id="ergebnis-1">…</li>`), with their text.
 */
export function findAnchoredBlocks(body: string): Paragraph[] {
  let count = 0;
  return splitBlocks(body).flatMap((raw) => {
    const block = raw.trim();
    if (block === '') return [];
    if (!NOT_A_PARAGRAPH.test(block)) {
      count += 1;
      return [{ anchor: paragraphAnchor(count), text: block.replace(/\s+/gu, ' ') }];
    }
    return [...block.matchAll(/<([a-z][\w-]*)\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/gu)].map((match) => ({
      anchor: match[2] ?? '',
      text: (match[3] ?? '').replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ').trim(),
    }));
  });
}

/** Ids written into the MDX source itself, such as `<li id="ergebnis-1">`. */
export function findExplicitIds(body: string): string[] {
  return [...body.matchAll(/\sid="([^"]+)"/gu)].map((match) => match[1] ?? '');
}

/** Every anchor a section page has inside its text: paragraph anchors and explicit ids. */
export function findAnchors(body: string): string[] {
  return [...findParagraphs(body).map((paragraph) => paragraph.anchor), ...findExplicitIds(body)];
}

/** A reader's name for an anchor: `absatz-3` → `Absatz 3`, `ergebnis-1` → `Ergebnis 1`. */
export function anchorLabel(anchor: string): string {
  const match = /^([a-zäöüß]+)-(\d+)$/u.exec(anchor);
  if (!match?.[1] || !match[2]) return anchor;
  return `${match[1][0]?.toUpperCase()}${match[1].slice(1)} ${match[2]}`;
}
