/**
 * A field of a content file by the name the team knows it by: the German label the editor at
 * `/admin/` shows (the schema's `.meta({ title })`, read through `src/lib/editor/field-schema.ts`), so
 * that a build message says „Wichtigste Stellen › Stelle 2 › Stelle“ where the file says
 * `passages[1].anchor`. Pure: it reads the schema's JSON form, nothing else.
 */
import { typeOf, valueSchema, type FieldSchema } from '#src/lib/editor/field-schema.ts';

/** A field's path: property names and list positions (counted from 0), `['passages', 1, 'anchor']`. */
export type FieldPath = readonly (string | number)[];

/** Reads a written path, `passages[1].anchor` → `['passages', 1, 'anchor']`. */
export function parseFieldPath(field: string): FieldPath {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}

/** The schema node of one step below `node`: a property of an object, or an item of a list. */
function stepInto(node: FieldSchema, step: string | number): FieldSchema | undefined {
  const value = valueSchema(node);
  if (typeof step === 'number') return typeOf(value) === 'array' ? valueSchema(value.items ?? {}) : undefined;
  const property = value.properties?.[step];
  return property === undefined ? undefined : valueSchema(property);
}

/**
 * The field at `path` by its editor labels, joined by „ › “: `Funktionen › Funktion 1 › Institution`.
 * A list's item is named by what one item is called (`singular`), else „Eintrag“, with its position
 * counted from 1. A step the schema does not know is shown as it is written.
 */
export function fieldLabel(schema: FieldSchema, path: FieldPath): string {
  const parts: string[] = [];
  let node: FieldSchema | undefined = schema;
  let list: FieldSchema | undefined;
  for (const step of path) {
    const next: FieldSchema | undefined = node === undefined ? undefined : stepInto(node, step);
    if (typeof step === 'number') parts.push(`${list?.singular ?? 'Eintrag'} ${step + 1}`);
    else parts.push(next?.title ?? step);
    list = next;
    node = next;
  }
  return parts.join(' › ');
}
