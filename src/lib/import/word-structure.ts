/**
 * What a Word file's own structure says, read beside mammoth (which maps only English style names and
 * leaves Word's automatic numbers out; mammoth.js#92):
 *
 * - its heading styles, in any language: a paragraph style with an outline level (`w:outlineLvl`, the
 *   level Word's navigation shows), or named like one („Überschrift 1“, „heading 1“, „Titre 1“), its
 *   title style („Titel“, „Title“), quote and code styles — as a mammoth style map;
 * - the number Word shows before a heading it numbers itself (`w:numPr` on the paragraph or its style,
 *   counted through `numbering.xml` with its `w:start` and `w:lvlText`, „%1.%2“): written into the
 *   heading's text, so that the section gets the number a reader sees.
 */
import JSZip from 'jszip';

interface StyleInfo {
  id: string;
  name: string;
  basedOn: string | undefined;
  outline: number | undefined;
  numbering: { numId: string; level: number } | undefined;
}

const attribute = (xml: string, element: string, name = 'w:val') =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, 'u').exec(xml)?.[1];

/** The paragraph styles of `styles.xml`, by id. */
function readStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const match of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const [, head = '', body = ''] = match;
    if (!/w:type="paragraph"/u.test(head)) continue;
    const id = /w:styleId="([^"]*)"/u.exec(head)?.[1] ?? '';
    const outline = attribute(body, 'w:outlineLvl');
    const numId = attribute(body, 'w:numId');
    styles.set(id, {
      id,
      name: attribute(body, 'w:name') ?? id,
      basedOn: attribute(body, 'w:basedOn'),
      outline: outline === undefined ? undefined : Number(outline),
      numbering: numId ? { numId, level: Number(attribute(body, 'w:ilvl') ?? 0) } : undefined,
    });
  }
  return styles;
}

/** A style's value, or the one it inherits through `w:basedOn`. */
function inherited<T>(
  styles: Map<string, StyleInfo>,
  id: string,
  pick: (style: StyleInfo) => T | undefined,
): T | undefined {
  let style = styles.get(id);
  for (let depth = 0; style && depth < 10; depth += 1) {
    const value = pick(style);
    if (value !== undefined) return value;
    style = style.basedOn ? styles.get(style.basedOn) : undefined;
  }
  return undefined;
}

const HEADING_NAME = /^(?:heading|überschrift|berschrift|titre|titolo|encabezado|kop)\s*(\d)$/iu;
const TITLE_NAME = /^(?:title|titel|titre|titolo|título)$/iu;
const QUOTE_NAME = /^(?:quote|intense quote|zitat|intensives zitat|citation)$/iu;
const CODE_NAME = /^(?:code|quellcode|html preformatted|html vorformatiert|source code|preformatted text)$/iu;

/** The heading level (1–6) of a paragraph style, or undefined for body text. */
function headingLevel(styles: Map<string, StyleInfo>, style: StyleInfo): number | undefined {
  const outline = inherited(styles, style.id, (entry) => entry.outline);
  if (outline !== undefined && outline < 9) return Math.min(outline + 1, 6);
  const named = HEADING_NAME.exec(style.name) ?? HEADING_NAME.exec(style.id);
  return named ? Math.min(Number(named[1]), 6) : undefined;
}

/** The mammoth style map for the file's own styles. */
function styleMap(styles: Map<string, StyleInfo>): string[] {
  const quote = (name: string) => name.replace(/'/gu, "\\'");
  return [...styles.values()].flatMap((style) => {
    const selector = `p[style-name='${quote(style.name)}']`;
    if (TITLE_NAME.test(style.name) || TITLE_NAME.test(style.id))
      return [`${selector} => h1.doc-title:fresh`];
    const level = headingLevel(styles, style);
    if (level !== undefined) return [`${selector} => h${level}:fresh`];
    if (QUOTE_NAME.test(style.name)) return [`${selector} => blockquote > p:fresh`];
    if (CODE_NAME.test(style.name)) return [`${selector} => pre:separator('\\n')`];
    return [];
  });
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Each numbering instance's levels (`w:num` → `w:abstractNum`, with its start overrides). */
function readNumbering(xml: string): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  for (const match of xml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/gu,
  )) {
    const levels: Level[] = [];
    for (const level of (match[2] ?? '').matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/gu)) {
      const body = level[2] ?? '';
      levels[Number(level[1])] = {
        start: Number(attribute(body, 'w:start') ?? 1),
        format: attribute(body, 'w:numFmt') ?? 'decimal',
        text: attribute(body, 'w:lvlText') ?? '',
      };
    }
    abstract.set(match[1] ?? '', levels);
  }
  const nums = new Map<string, Level[]>();
  for (const match of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/gu)) {
    const body = match[2] ?? '';
    const levels = [...(abstract.get(attribute(body, 'w:abstractNumId') ?? '') ?? [])];
    for (const override of body.matchAll(
      /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/gu,
    )) {
      const start = attribute(override[2] ?? '', 'w:startOverride');
      const level = levels[Number(override[1])];
      if (start !== undefined && level) levels[Number(override[1])] = { ...level, start: Number(start) };
    }
    nums.set(match[1] ?? '', levels);
  }
  return nums;
}

/** The number Word shows for a level, from the counters of its instance: decimal levels only. */
function label(levels: readonly Level[], counters: readonly number[], level: number): string | undefined {
  const template = levels[level]?.text ?? '';
  let ok = template !== '';
  const text = template.replace(/%(\d)/gu, (_, digit: string) => {
    const index = Number(digit) - 1;
    if ((levels[index]?.format ?? 'decimal') !== 'decimal') ok = false;
    return String(counters[index] ?? levels[index]?.start ?? 1);
  });
  const number = text.replace(/\.$/u, '');
  return ok && /^\d+(?:\.\d+)*$/u.test(number) ? number : undefined;
}

/** `document.xml` with the number Word shows written before each heading it numbers itself. */
function numberHeadings(
  document: string,
  styles: Map<string, StyleInfo>,
  numbering: Map<string, Level[]>,
): string {
  const counters = new Map<string, number[]>();
  return document.replace(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/gu, (paragraph) => {
    const styleId = attribute(paragraph, 'w:pStyle') ?? '';
    const style = styles.get(styleId);
    const own = attribute(paragraph, 'w:numId');
    const numbered = own
      ? { numId: own, level: Number(attribute(paragraph, 'w:ilvl') ?? 0) }
      : inherited(styles, styleId, (entry) => entry.numbering);
    const levels = numbered ? numbering.get(numbered.numId) : undefined;
    if (!numbered || !levels || numbered.numId === '0') return paragraph;
    const count = counters.get(numbered.numId) ?? [];
    count[numbered.level] = (count[numbered.level] ?? (levels[numbered.level]?.start ?? 1) - 1) + 1;
    count.length = numbered.level + 1;
    counters.set(numbered.numId, count);
    if (!style || headingLevel(styles, style) === undefined) return paragraph;
    const number = label(levels, count, numbered.level);
    if (number === undefined) return paragraph;
    const run = `<w:r><w:t xml:space="preserve">${number} </w:t></w:r>`;
    const withoutNumbering = paragraph.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/u, '');
    return /<\/w:pPr>/u.test(withoutNumbering)
      ? withoutNumbering.replace(/<\/w:pPr>/u, `</w:pPr>${run}`)
      : withoutNumbering.replace(/^<w:p\b[^>]*>/u, (open) => `${open}${run}`);
  });
}

/**
 * Charts, SmartArt and embedded objects, which mammoth drops without a word, replaced by a mark
 * naming them where they stand (U+E000 … U+E001): `read-html.ts` turns each into a review item.
 */
function markUncarried(document: string): string {
  const mark = (what: string) => `<w:t>\uE000${what}\uE001</w:t>`;
  return document
    .replace(/<w:drawing>(?:(?!<\/w:drawing>)[\s\S])*?<c:chart\b[\s\S]*?<\/w:drawing>/gu, mark('Diagramm'))
    .replace(
      /<w:drawing>(?:(?!<\/w:drawing>)[\s\S])*?<dgm:relIds\b[\s\S]*?<\/w:drawing>/gu,
      mark('SmartArt-Grafik'),
    )
    .replace(/<w:object\b[\s\S]*?<\/w:object>/gu, mark('eingebettetes Objekt'));
}

/** The Word file prepared for mammoth, and the style map for its own styles. */
export async function prepareWordFile(bytes: Uint8Array): Promise<{ buffer: Buffer; styleMap: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = readStyles((await zip.file('word/styles.xml')?.async('string')) ?? '');
  const numbering = readNumbering((await zip.file('word/numbering.xml')?.async('string')) ?? '');
  const document = await zip.file('word/document.xml')?.async('string');
  if (document !== undefined)
    zip.file('word/document.xml', markUncarried(numberHeadings(document, styles, numbering)));
  return { buffer: await zip.generateAsync({ type: 'nodebuffer' }), styleMap: styleMap(styles) };
}
