/**
 * The configuration of the editor at `/admin/` (Sveltia CMS), generated from the table of the
 * collections (`src/lib/content/collections.ts`: folders, files, id rules, German names) and the
 * content schemas in `src/schemas/`: one collection per content folder, one field per schema field
 * with the German label and help text the schema carries, each choice's values with the German labels
 * their schema declares, ids chosen from the entries they name, and the section's text as Markdown.
 * Nothing here lists fields or folders by hand, so a field added to a schema appears in the editor.
 */
import { entryId } from '#src/schemas/index.ts';
import { siteInfoSchema } from '#src/schemas/site.ts';
import { joinBase } from '#src/lib/addresses/base.ts';
import {
  CONTENT_ROOT,
  collectionFolder,
  contentCollections,
  contentFile,
  registerNames,
  type CollectionName,
  type ContentCollection,
  type RegisterName,
} from '#src/lib/content/collections.ts';
import { calendarDate, filledText, placeholderFree, sectionTextRule } from '#src/lib/editor/field-rules.ts';
import {
  editorImage,
  fieldSchemaOf,
  fieldsOf,
  typeOf,
  valueSchema,
  type FieldSchema,
} from '#src/lib/editor/field-schema.ts';

/** A field of the editor's configuration (the subset of Sveltia CMS's options used here). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  [option: string]: unknown;
}

/** Where the team publishes: its repository on GitHub or GitLab (see docs/im-browser-bearbeiten.md). */
export interface EditorRepository {
  service: 'github' | 'gitlab';
  /** `owner/name` on GitHub, `group/project` on GitLab. */
  repo: string;
  branch?: string | undefined;
  /** The OAuth client's address for signing in with a button (e.g. a Sveltia CMS Authenticator); without it, with a token. */
  authUrl?: string | undefined;
  /** A self-hosted GitLab's API, e.g. `https://gitlab.example.org/api/v4`. */
  apiRoot?: string | undefined;
}

/**
 * The team's repository, from the build's environment: `TAGUNGSDOKU_EDITOR_REPO` as
 * `github:owner/name` or `gitlab:group/project`, with `TAGUNGSDOKU_EDITOR_BRANCH`,
 * `TAGUNGSDOKU_EDITOR_AUTH_URL` (an OAuth client) and `TAGUNGSDOKU_EDITOR_API` (a self-hosted GitLab).
 */
export function repositoryFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): EditorRepository | undefined {
  const value = env['TAGUNGSDOKU_EDITOR_REPO']?.trim();
  if (!value) return undefined;
  const match = /^(github):([\w.-]+\/[\w.-]+)$|^(gitlab):([\w.-]+(?:\/[\w.-]+)+)$/u.exec(value);
  if (!match) {
    throw new Error(
      `TAGUNGSDOKU_EDITOR_REPO: "${value}" names no repository; write "github:owner/name" or "gitlab:group/project".`,
    );
  }
  const optional = (name: string) => env[name]?.trim() || undefined;
  return {
    service: match[1] === 'github' ? 'github' : 'gitlab',
    repo: match[2] ?? match[4] ?? '',
    branch: optional('TAGUNGSDOKU_EDITOR_BRANCH'),
    authUrl: optional('TAGUNGSDOKU_EDITOR_AUTH_URL'),
    apiRoot: optional('TAGUNGSDOKU_EDITOR_API'),
  };
}

export interface EditorConfigOptions {
  /** The site's base path (`/` or `/tagungsdoku/`). */
  base: string;
  /** The team's repository; without it, only the local working copy can be edited (`npm run dev`). */
  repository?: EditorRepository | undefined;
}

/** An entry's id (its file name): the schema's pattern and German message, for new entries' slugs. */
const idRule = fieldSchemaOf(entryId);
const idPattern = [idRule.pattern, idRule.invalid];

/**
 * The options of a choice, each value with the German label its schema declares (`.meta({ labels })`
 * on the `z.enum`). A value without one is refused, so that no choice shows the team a raw id.
 */
export function choiceOptions(name: string, schema: FieldSchema): { value: string; label: string }[] {
  return (schema.enum ?? []).map((value) => {
    const label = schema.labels?.[value];
    if (label === undefined) {
      throw new Error(
        `${name}: the choice "${value}" has no German label; give its z.enum .meta({ labels }) in src/schemas/`,
      );
    }
    return { value, label };
  });
}

/** A choice of existing entries: the id is stored, the entry's name is shown. */
function relationField(base: EditorField, collection: CollectionName, multiple: boolean): EditorField {
  // A section is named in a conference's figures by its `slug` field; every other entry by its file name.
  const valueField = collection === 'sections' ? 'slug' : '{{slug}}';
  const { identifier } = contentCollections[collection];
  return {
    ...base,
    widget: 'relation',
    collection,
    value_field: valueField,
    search_fields: [identifier],
    display_fields: [identifier],
    ...(multiple ? { multiple: true } : {}),
  };
}

/**
 * True for a field a draft may leave open with a placeholder instead of its id (`entryId.or(…)` in
 * the schema, as a conference's organizer): its schema offers two kinds of text.
 */
function holdsPlaceholder(node: FieldSchema): boolean {
  return (node.anyOf ?? []).filter((alternative) => typeOf(alternative) === 'string').length > 1;
}

/**
 * A choice that a draft may hold a placeholder in. The choice cannot show a value that is no entry,
 * so the hint says what an empty one means, and saving refuses the placeholder (the id's pattern),
 * as a publication does.
 */
function placeholderRelation(relation: EditorField, schema: FieldSchema) {
  return {
    hint:
      `${relation.hint ?? ''} Ist die Auswahl leer, obwohl das Feld Pflicht ist, steht in der Datei noch der ` +
      `Platzhalter „[Bitte ergänzen: ${relation.label}]“: Bitte einen Eintrag wählen.`,
    pattern: [
      schema.pattern ?? idRule.pattern,
      `Hier steht noch ein Platzhalter („[Bitte ergänzen: …]“), kein Eintrag. Bitte einen wählen: Gespeichertes wird veröffentlicht.`,
    ],
  };
}

/** The image types Astro's image pipeline takes from a photo (`src/schemas/media.ts`). */
const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif';

/** Where the files of a collection's fields go: the folder of its entries, and the subfolder below it. */
export interface MediaPlace {
  /**
   * The folder of an entry's file from the project's root, as an editor template:
   * `content/sections/{{dirname}}` (a conference's folder of sections), `content/events`.
   */
  entryFolder: string;
  /** The folder below it, as the schema names it in `.meta()` (`material`, `bilder`; `.` for the entry's own). */
  folder: string;
}

/**
 * A file beside the content file, chosen or uploaded into its folder and written as a path relative
 * to the content file (`./material/folien.pdf`), as the content schemas resolve files. The folder is
 * given from the project's root with the entry's own folder as a template: Sveltia CMS takes a
 * relative `media_folder` below a folder named like the entry's file, not beside it.
 */
function mediaField(
  base: EditorField,
  schema: FieldSchema,
  { entryFolder, folder }: MediaPlace,
): EditorField {
  const accept = schema.accept ?? (schema.media === 'image' ? IMAGE_TYPES : undefined);
  return {
    ...base,
    widget: schema.media === 'image' ? 'image' : 'file',
    media_folder: folder === '.' ? `/${entryFolder}` : `/${entryFolder}/${folder}`,
    public_folder: folder === '.' ? '.' : `./${folder}`,
    choose_url: false,
    ...(accept ? { accept } : {}),
  };
}

/** Files of fields that name no folder go beside the content file, in its own folder. */
const ENTRY_FOLDER_ONLY = '.';

/**
 * The editor field for one schema field. `media` says where files below it are uploaded (a field's
 * own `folder` in `.meta()` overrides its parent's).
 */
export function editorField(
  name: string,
  node: FieldSchema,
  required: boolean,
  media: MediaPlace = { entryFolder: '', folder: ENTRY_FOLDER_ONLY },
): EditorField {
  const schema = valueSchema(node);
  const uploads = { ...media, folder: schema.folder ?? media.folder };
  const type = typeOf(schema);
  const base: EditorField = {
    name,
    label: schema.title ?? name,
    widget: 'string',
    ...(schema.description ? { hint: schema.description } : {}),
    required,
  };
  const minimum = {
    ...(schema.minItems ? { min: schema.minItems } : {}),
    ...(schema.singular ? { label_singular: schema.singular } : {}),
  };
  if (schema.references) {
    const relation = relationField(base, schema.references, type === 'array');
    return holdsPlaceholder(node) ? { ...relation, ...placeholderRelation(relation, schema) } : relation;
  }
  if (schema.media) return mediaField(base, schema, uploads);
  if (type === 'array') {
    const items = valueSchema(schema.items ?? {});
    if (typeOf(items) === 'object') {
      return { ...base, widget: 'list', fields: editorFields(items, uploads), ...minimum };
    }
    return { ...base, widget: 'list', ...minimum };
  }
  if (type === 'object') return { ...base, widget: 'object', fields: editorFields(schema, uploads) };
  if (type === 'boolean') return { ...base, widget: 'boolean', default: schema.default ?? false };
  if (type === 'integer' || type === 'number') {
    const min =
      schema.minimum ?? (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + 1);
    return {
      ...base,
      widget: 'number',
      value_type: type === 'integer' ? 'int' : 'float',
      ...(min === undefined ? {} : { min }),
    };
  }
  if (schema.enum) return { ...base, widget: 'select', options: choiceOptions(name, schema) };
  if (schema.format === 'date') {
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', pattern: calendarDate };
  }
  const input =
    schema.format === 'email' ? { type: 'email' } : schema.format === 'uri' ? { type: 'url' } : {};
  return { ...base, widget: schema.multiline ? 'text' : 'string', ...input, ...textRule(schema) };
}

/**
 * The rule the editor checks a line or text by, as the build does: the schema's own pattern with its
 * German message; else no placeholder, and for text that must say something not only spaces
 * (`src/lib/editor/field-rules.ts`).
 */
function textRule(schema: FieldSchema) {
  const pattern =
    schema.pattern && schema.format === undefined
      ? [schema.pattern, schema.invalid ?? 'Ungültiger Wert.']
      : (schema.minLength ?? 0) > 0
        ? filledText
        : placeholderFree;
  return { pattern, use_emoji_autocomplete: false };
}

/** Every file and image field among `fields` by its key path (`photos.*.file`), nested ones too. */
export function mediaFieldsOf(fields: readonly EditorField[], prefix = ''): [string, EditorField][] {
  return fields.flatMap((field): [string, EditorField][] => {
    const path = `${prefix}${field.name}`;
    const nested = field['fields'] as EditorField[] | undefined;
    return [
      ...(field.widget === 'image' || field.widget === 'file'
        ? [[path, field] as [string, EditorField]]
        : []),
      ...(nested ? mediaFieldsOf(nested, field.widget === 'list' ? `${path}.*.` : `${path}.`) : []),
    ];
  });
}

/** `fields` without the folder options of the file fields that upload into `publicFolder`. */
function withoutFolder(fields: readonly EditorField[], publicFolder: string): EditorField[] {
  return fields.map((field) => {
    const nested = field['fields'] as EditorField[] | undefined;
    const own =
      field['public_folder'] === publicFolder
        ? Object.fromEntries(
            Object.entries(field).filter(([key]) => key !== 'media_folder' && key !== 'public_folder'),
          )
        : field;
    return (nested ? { ...own, fields: withoutFolder(nested, publicFolder) } : own) as EditorField;
  });
}

/** A collection's fields and the folder of its entries' files (see `MediaPlace`). */
interface MediaCollection {
  fields: EditorField[];
  entryFolder: string;
}

/**
 * The collections' fields with their upload folders. Sveltia CMS (0.221) looks a field's own folder
 * up by its key path alone: a section's and a conference's `photos.*.file` would both upload into the
 * folder of whichever names one (a conference's photos into a sections folder's `bilder/`). So a file
 * field whose key path another collection shares names no folder of its own: its folder is its
 * collection's (`media_folder` of the collection), and only the other file fields name theirs.
 */
export function withMediaFolders(collections: readonly MediaCollection[]) {
  const collectionsOf = new Map<string, number>();
  for (const { fields } of collections)
    for (const [path] of mediaFieldsOf(fields)) collectionsOf.set(path, (collectionsOf.get(path) ?? 0) + 1);
  return collections.map(({ fields, entryFolder }) => {
    const media = mediaFieldsOf(fields);
    const shared = new Set(
      media.filter(([path]) => (collectionsOf.get(path) ?? 0) > 1).map(([, field]) => field['public_folder']),
    );
    if (shared.size > 1) {
      throw new Error(
        `${entryFolder}: the file fields it shares with other collections upload into different folders (${[...shared].join(', ')})`,
      );
    }
    const own = (shared.values().next().value as string | undefined) ?? '.';
    return {
      media_folder: own === '.' ? `/${entryFolder}` : `/${entryFolder}/${own.replace(/^\.\//u, '')}`,
      public_folder: own,
      fields: withoutFolder(fields, own),
    };
  });
}

/** The editor fields of an object schema, in the schema's order. */
export function editorFields(node: FieldSchema, media?: MediaPlace): EditorField[] {
  const required = new Set(valueSchema(node).required ?? []);
  return fieldsOf(node).map(([name, field]) => editorField(name, field, required.has(name), media));
}

/**
 * The schema of a collection's files as the editor sees them: a section with its materials, photos and
 * recording, a conference with its photos (`src/schemas/media.ts`), a photo being an image file.
 */
export function editorSchemaOf(name: CollectionName): ReturnType<ContentCollection['schema']> {
  return contentCollections[name].schema(editorImage);
}
export const editorSectionSchema = contentCollections.sections.schema(editorImage);
export const editorEventSchema = contentCollections.events.schema(editorImage);

/**
 * The section's text below its front matter: Markdown, edited as it is written, without a toolbar
 * (the rich-text mode rewrites the whole text on save; see the docs). Sveltia CMS 0.221 draws no
 * preview of its own kind here (`editor.preview` is off), so the hint says where the paragraphs'
 * numbers are seen.
 */
export const sectionBody: EditorField = {
  name: 'body',
  label: 'Text des Abschnitts',
  widget: 'markdown',
  hint:
    'Der Text des Berichts, wörtlich, in Markdown, ohne HTML: Eine Leerzeile trennt Absätze. Nummerierte ' +
    'Punkte beginnen je Zeile mit „1.“, „2.“ …, Aufzählungen mit „- “. Die Nummern („Absatz 3“, „Ergebnis 1“) ' +
    'zählt die Website selbst; sie zeigt sie auf der Seite des Abschnitts am Link-Symbol hinter jedem Absatz.',
  required: true,
  modes: ['raw'],
  buttons: [],
  editor_components: [],
  use_markdown_shortcuts: false,
  use_emoji_autocomplete: false,
  pattern: sectionTextRule,
};

/**
 * How the editor names a new entry's file (the table's `idFrom`), checked against the id pattern: from
 * the field that names the entry (`{{name}}`, made ASCII: ä → ae, ß → ss), with a hint; or from a
 * field of its own, which explains itself (`{{fields.slug}}`: `{{slug}}` is the editor's own tag).
 */
function slugRule({ idFrom, identifier }: { idFrom: string; identifier: string }) {
  if (idFrom !== identifier) return { template: `{{fields.${idFrom}}}`, pattern: idPattern };
  return {
    template: `{{${idFrom}}}`,
    hint: 'Die Kennung des Eintrags: Name seiner Datei und Teil seiner Internetadresse. Nach der Veröffentlichung nicht mehr ändern.',
    pattern: idPattern,
  };
}

/**
 * A folder collection as the table describes it: its German names, its folder in the team's
 * repository, its files, and how an entry is named and its file named; entries kept in a folder per
 * conference are saved into the folder of the conference they name.
 */
function folderCollection(name: CollectionName) {
  const collection: ContentCollection = contentCollections[name];
  return {
    name,
    label: collection.label,
    label_singular: collection.singular,
    description: collection.description,
    folder: collectionFolder(name, CONTENT_ROOT),
    extension: collection.format,
    format: collection.format === 'mdx' ? 'yaml-frontmatter' : 'yaml',
    ...(collection.folderFrom === undefined
      ? {}
      : { nested: { depth: 2, subfolders: false }, path: `{{fields.${collection.folderFrom}}}/{{slug}}` }),
    identifier_field: collection.identifier,
    slug: slugRule(collection),
  };
}

/** A part of the register: one file per entry, listed and sorted by its name. */
function registerCollection(name: RegisterName) {
  const { identifier } = contentCollections[name];
  return {
    ...folderCollection(name),
    summary: `{{${identifier}}}`,
    sortable_fields: { fields: [identifier], default: { field: identifier } },
    fields: editorFields(fieldSchemaOf(editorSchemaOf(name))),
  };
}

function backendOf(repository: EditorRepository | undefined) {
  if (!repository) {
    // Only the local working copy: the sign-in offers „Mit lokalem Repository arbeiten“ (on localhost).
    return { name: 'github', repo: 'lokal/tagungsdoku', auth_methods: ['token'] };
  }
  return {
    name: repository.service,
    repo: repository.repo,
    ...(repository.branch ? { branch: repository.branch } : {}),
    ...(repository.apiRoot ? { api_root: repository.apiRoot } : {}),
    ...(repository.authUrl ? { base_url: repository.authUrl } : { auth_methods: ['token'] }),
  };
}

/** The folder of a section's file, as an editor template: its conference's folder of sections. */
const SECTION_FOLDER = `${collectionFolder('sections', CONTENT_ROOT)}/{{dirname}}`;
/** The folder of a conference's file. */
const EVENT_FOLDER = collectionFolder('events', CONTENT_ROOT);

/** The editor's whole configuration, as Sveltia CMS reads it from `/admin/config.json`. */
export function editorConfig({ base, repository }: EditorConfigOptions) {
  const [sectionMedia, eventMedia] = withMediaFolders([
    {
      fields: [
        ...editorFields(fieldSchemaOf(editorSectionSchema), {
          entryFolder: SECTION_FOLDER,
          folder: ENTRY_FOLDER_ONLY,
        }),
        sectionBody,
      ],
      entryFolder: SECTION_FOLDER,
    },
    {
      fields: editorFields(fieldSchemaOf(editorEventSchema), {
        entryFolder: EVENT_FOLDER,
        folder: ENTRY_FOLDER_ONLY,
      }),
      entryFolder: EVENT_FOLDER,
    },
  ]);
  return {
    backend: backendOf(repository),
    app_title: 'Tagungsdoku – Redaktion',
    logo: { src: joinBase('/favicon.svg', base) },
    media_folder: 'public',
    // Files are the team's own: no stock photos from other hosts (the CSP would refuse them anyway).
    media_libraries: { stock_assets: false },
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    editor: { preview: false },
    collections: [
      {
        ...folderCollection('sections'),
        summary: '{{number}} {{title}}',
        sortable_fields: { fields: ['order', 'title'], default: { field: 'order' } },
        ...sectionMedia,
      },
      { ...folderCollection('events'), ...eventMedia },
      ...registerNames.map(registerCollection),
    ],
    singletons: [
      {
        name: 'site',
        label: 'Impressum und Kontakt',
        file: contentFile('site', CONTENT_ROOT),
        format: 'yaml',
        fields: editorFields(fieldSchemaOf(siteInfoSchema)),
      },
    ],
  };
}
