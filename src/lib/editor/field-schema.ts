/**
 * The content schemas as the editor sees them: each Zod schema of `src/schemas/` turned into a JSON
 * Schema node per field, with the German label (`title`), help text (`description`) and the editor's
 * own hints (`references`, `multiline`, `invalid`, a choice's `labels`) that the schemas carry in
 * `.meta()`. The editor's configuration and its YAML style are both read from here, so neither keeps a
 * list of fields.
 */
import { z } from 'astro/zod';
import type { ImageField } from '#src/schemas/media.ts';
import type { CollectionName } from '#src/lib/content/collections.ts';

/** What a schema field says for the editor, besides its type (set with `.meta()` in `src/schemas/`). */
export interface EditorMeta {
  /** The field's German label, e.g. `Vortragende`. */
  title: string;
  /** A German help text shown below the field. */
  description?: string;
  /** For an id (or a list of ids): the collection whose entries it names (offered to choose from). */
  references?: CollectionName;
  /** For a choice (`z.enum`): the German label of each value, shown instead of the value. */
  labels?: Readonly<Record<string, string>>;
  /** True for text of a sentence or more: edited in a text area instead of one line. */
  multiline?: boolean;
  /** For a field with a pattern: the German message shown when the value does not match it. */
  invalid?: string;
  /** For a list: what one item is called, for its button („Funktion hinzufügen“). */
  singular?: string;
  /** For a file beside the content file: chosen and uploaded as an image or as any file. */
  media?: 'image' | 'file';
  /**
   * Where files chosen below this field are uploaded, relative to the content file (`material`, `.`
   * for its own folder, `{{filename}}` for a folder named like the entry's file); the paths written start with `./`.
   */
  folder?: string;
  /** For a file: the file types offered, as an HTML `accept` attribute (`.vtt`). */
  accept?: string;
}

/**
 * Astro's `image()` as the editor sees it: the media schemas (`src/schemas/media.ts`) are functions
 * of the content schema's `image()`, which only the build has; for the editor a photo is a path to
 * an image file, uploaded and chosen as one.
 */
export const editorImage = (() => z.string().meta({ media: 'image' })) as unknown as ImageField;

/** A JSON Schema node as Zod writes it, with the editor's metadata. */
export interface FieldSchema extends Partial<EditorMeta> {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: string[];
  minLength?: number;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  anyOf?: FieldSchema[];
}

/**
 * The JSON Schema of a content schema, as its input looks in a file: defaults make a field optional,
 * dates are `YYYY-MM-DD` strings, refinements and transforms are left out.
 */
export function fieldSchemaOf(schema: z.ZodType): FieldSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
    },
  }) as FieldSchema;
}

/**
 * The node that says what a field holds: for `anyOf` (a value or `null`, an id or a draft
 * placeholder) the first alternative that is not `null`, with the field's own metadata kept.
 */
export function valueSchema(node: FieldSchema): FieldSchema {
  if (!node.anyOf) return node;
  const { anyOf, ...own } = node;
  const value = anyOf.find((alternative) => alternative.type !== 'null') ?? {};
  return { ...valueSchema(value), ...own };
}

/** The node's type, without `null` (`["string", "null"]` → `string`). */
export function typeOf(node: FieldSchema): string | undefined {
  const types = [node.type ?? []].flat().filter((type) => type !== 'null');
  return types[0];
}

/** The fields of an object node, in the schema's order. */
export function fieldsOf(node: FieldSchema): [string, FieldSchema][] {
  return Object.entries(valueSchema(node).properties ?? {});
}
