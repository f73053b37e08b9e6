/**
 * How the editor (Sveltia CMS) writes a content file: YAML with two-space indents, no folded lines,
 * single quotes where a string needs quotes, fields in the schema's order, empty optional fields left
 * out, and an MDX file's text below its front matter as it was. Content files kept in this style
 * (checked by `tests/unit/editor-config.test.ts`) come back from the editor changed only where
 * someone edited them; the options are Sveltia CMS's own (`dist/sveltia-cms.js`, its YAML formatter).
 */
import { parse, stringify } from 'yaml';
import { fieldsOf, typeOf, valueSchema, type FieldSchema } from '#src/lib/editor/field-schema.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';

/** The options Sveltia CMS passes to its YAML writer (the same `yaml` library as here). */
const EDITOR_YAML = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The value with its object keys in the schema's order and empty optional fields left out, as the
 * editor writes it. Keys the schema does not know stay at the end (the build names them).
 */
export function inEditorOrder(value: unknown, node: FieldSchema): unknown {
  const schema = valueSchema(node);
  if (Array.isArray(value)) {
    const items = schema.items ? valueSchema(schema.items) : undefined;
    return items ? value.map((item) => inEditorOrder(item, items)) : value;
  }
  if (typeOf(schema) !== 'object' || value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const required = new Set(schema.required ?? []);
  const ordered: Record<string, unknown> = {};
  for (const [name, field] of fieldsOf(schema)) {
    if (!(name in record)) continue;
    if (!required.has(name) && isEmpty(record[name])) continue;
    ordered[name] = inEditorOrder(record[name], field);
  }
  for (const [name, field] of Object.entries(record))
    if (!(name in ordered) && !(name in (schema.properties ?? {}))) ordered[name] = field;
  return ordered;
}

/** A YAML data file (a conference, a register entry, `site.yaml`) as the editor writes it. */
export function editorYaml(data: unknown, node: FieldSchema): string {
  return `${stringify(inEditorOrder(data, node), null, EDITOR_YAML).trim()}\n`;
}

/** An MDX section file as the editor writes it: front matter, a blank line, the text. */
export function editorMdx(data: unknown, body: string, node: FieldSchema): string {
  const frontmatter = stringify(inEditorOrder(data, node), null, EDITOR_YAML).trim();
  return body === '' ? `---\n${frontmatter}\n---\n` : `---\n${frontmatter}\n---\n\n${body}\n`;
}

/** An MDX file's front matter (parsed) and its text, without the blank line between them and its last line end. */
export function splitMdx(text: string): { data: unknown; body: string } | undefined {
  const parts = splitFrontMatter(text);
  if (!parts) return undefined;
  return { data: parse(parts.frontMatter), body: parts.body.replace(/^\n/u, '').replace(/\n$/u, '') };
}

/** The file as the editor would write it back: equal to `text` when the file is in its style. */
export function rewrittenByEditor(path: string, text: string, node: FieldSchema): string {
  if (path.endsWith('.mdx')) {
    const parts = splitMdx(text);
    if (!parts) throw new Error(`${path}: no front matter between two "---" lines`);
    return editorMdx(parts.data, parts.body, node);
  }
  return editorYaml(parse(text) ?? {}, node);
}
