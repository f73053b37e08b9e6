/**
 * The editor at /admin/ (Sveltia CMS) is configured from the content schemas: every schema field is
 * in its configuration with a German label and help text, ids are chosen from existing entries, the
 * configuration is valid by Sveltia CMS's own JSON Schema, and every content file is already written
 * the way the editor writes it back, so saving changes only what was edited.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { eventSchema, personSchema } from '#src/schemas/index.ts';
import { siteInfoSchema } from '#src/schemas/site.ts';
import { organizationKindLabels, placeKindLabels, sectionKindLabels } from '#src/lib/naming/labels.ts';
import { materialKindLabels } from '#src/lib/materials/labels.ts';
import {
  CONTENT_ROOT,
  collectionFolder,
  contentCollections,
  contentFile,
  type CollectionName,
} from '#src/lib/content/collections.ts';
import {
  choiceOptions,
  editorConfig,
  editorEventSchema,
  editorSchemaOf,
  editorSectionSchema,
  mediaFieldsOf,
  withMediaFolders,
  type EditorField,
} from '#src/lib/editor/config.ts';
import {
  fieldSchemaOf,
  fieldsOf,
  typeOf,
  valueSchema,
  type FieldSchema,
} from '#src/lib/editor/field-schema.ts';
import { rewrittenByEditor } from '#src/lib/editor/yaml-style.ts';
import { parse } from 'yaml';
import { placeholder } from '#src/lib/draft.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { findUnsafeMarkup } from '#src/lib/content/safe-content.ts';
import { isCalendarDate } from '#src/lib/content/schema-messages.ts';

const config = editorConfig({ base: '/' });

/**
 * Every collection of the content (the table of the collections) and `site.yaml`, with the schema its
 * files follow as the editor sees them: a section with the materials, photos and recording of
 * `src/schemas/media.ts`, a photo being an image file.
 */
const schemaOf: Record<string, z.ZodType> = {
  ...Object.fromEntries(
    (Object.keys(contentCollections) as CollectionName[]).map((name) => [name, editorSchemaOf(name)]),
  ),
  site: siteInfoSchema,
};

function fieldsOfCollection(name: string): EditorField[] {
  const collection = [...config.collections, ...config.singletons].find((entry) => entry.name === name);
  if (!collection) throw new Error(`no collection "${name}" in the editor's configuration`);
  return collection.fields as EditorField[];
}

/**
 * Schema fields that the editor lacks, and editor fields without a German label or help text, by path
 * (`roles[].organization`). A list of objects is checked item by item.
 */
function fieldProblems(node: FieldSchema, fields: readonly EditorField[], path = ''): string[] {
  return fieldsOf(node).flatMap(([name, schema]) => {
    const at = `${path}${name}`;
    const field = fields.find((entry) => entry.name === name);
    if (!field) return [`${at}: missing from the editor`];
    const problems: string[] = [];
    if (field.label === name || !field.hint) problems.push(`${at}: no German label or help text`);
    const value = valueSchema(schema);
    const items = value.items ? valueSchema(value.items) : undefined;
    if (typeOf(value) === 'object')
      problems.push(...fieldProblems(value, field['fields'] as EditorField[], `${at}.`));
    if (items && typeOf(items) === 'object' && !value.references) {
      problems.push(...fieldProblems(items, field['fields'] as EditorField[], `${at}[].`));
    }
    return problems;
  });
}

describe('the editor’s configuration', () => {
  it('has every field of every schema, each with a German label and help text', () => {
    for (const [name, schema] of Object.entries(schemaOf)) {
      expect(fieldProblems(fieldSchemaOf(schema), fieldsOfCollection(name)), name).toEqual([]);
    }
  });

  it('would report a schema field that the editor lacks', () => {
    const withoutRoles = fieldsOfCollection('people').filter((field) => field.name !== 'roles');
    const withoutOrganization = fieldsOfCollection('people').map((field) =>
      field.name === 'roles'
        ? {
            ...field,
            fields: (field['fields'] as EditorField[]).filter((sub) => sub.name !== 'organization'),
          }
        : field,
    );
    expect(fieldProblems(fieldSchemaOf(personSchema), withoutRoles)).toEqual([
      'roles: missing from the editor',
    ]);
    expect(fieldProblems(fieldSchemaOf(personSchema), withoutOrganization)).toEqual([
      'roles[].organization: missing from the editor',
    ]);
    // The media fields too: a section's slides, a recording's captions, a conference's photos.
    const without = (collection: string, name: string, sub?: string) =>
      fieldsOfCollection(collection).flatMap((field) => {
        if (field.name !== name) return [field];
        if (sub === undefined) return [];
        const fields = (field['fields'] as EditorField[]).filter((entry) => entry.name !== sub);
        return [{ ...field, fields }];
      });
    const section = fieldSchemaOf(editorSectionSchema);
    expect(fieldProblems(section, without('sections', 'materials', 'file'))).toEqual([
      'materials[].file: missing from the editor',
    ]);
    expect(fieldProblems(section, without('sections', 'recording', 'captions'))).toEqual([
      'recording.captions: missing from the editor',
    ]);
    expect(fieldProblems(fieldSchemaOf(editorEventSchema), without('events', 'photos'))).toEqual([
      'photos: missing from the editor',
    ]);
  });

  it('has the materials, photos and recording of a section and the photos of a conference', () => {
    const names = (fields: EditorField[]) => fields.map((field) => field.name);
    expect(names(fieldsOfCollection('sections'))).toEqual(
      expect.arrayContaining(['materials', 'photos', 'recording', 'body']),
    );
    expect(names(fieldsOfCollection('events'))).toContain('photos');
  });

  it('chooses photos as images and other files as files, uploaded beside the content file and named from there', () => {
    const collection = (name: string) =>
      config.collections.find((entry) => entry.name === name) as unknown as {
        media_folder: string;
        public_folder: string;
        fields: EditorField[];
      };
    const sections = collection('sections');
    const events = collection('events');
    const media = (fields: EditorField[]) => Object.fromEntries(mediaFieldsOf(fields));
    const sectionMedia = media(sections.fields);
    const eventMedia = media(events.fields);
    // A section's photos go into `bilder` beside it, its recording's files beside it, its slides into
    // `material`; a conference's photos into the folder named like its file (`./tagung-2030/saal.jpg`).
    expect(sections).toMatchObject({
      media_folder: '/content/sections/{{dirname}}/bilder',
      public_folder: './bilder',
    });
    expect(events).toMatchObject({
      media_folder: '/content/events/{{filename}}',
      public_folder: './{{filename}}',
    });
    expect(sectionMedia['photos.*.file']).toMatchObject({ widget: 'image', choose_url: false });
    expect(sectionMedia['materials.*.file']).toMatchObject({
      widget: 'file',
      media_folder: '/content/sections/{{dirname}}/material',
      public_folder: './material',
    });
    expect(sectionMedia['materials.*.file']?.['accept']).toContain('.pdf');
    for (const name of ['file', 'captions', 'poster', 'transcript'])
      expect(sectionMedia[`recording.${name}`], name).toMatchObject({
        media_folder: '/content/sections/{{dirname}}',
        public_folder: '.',
      });
    expect(sectionMedia['recording.poster']).toMatchObject({ widget: 'image' });
    expect(sectionMedia['recording.captions']).toMatchObject({ widget: 'file', accept: '.vtt' });
    expect(eventMedia['photos.*.file']).toMatchObject({
      widget: 'image',
      accept: expect.stringContaining('image/jpeg'),
    });
    expect(Object.keys(sectionMedia)).toHaveLength(6);
    // Sveltia CMS looks a field's own folder up by its key path alone: a key path that two
    // collections share never names one (it would send one collection's photos into the other's folder).
    for (const [path, field] of [...Object.entries(sectionMedia), ...Object.entries(eventMedia)]) {
      if (path in sectionMedia && path in eventMedia) expect(field['media_folder'], path).toBeUndefined();
    }
    // Every file the editor writes is a path relative to the content file, as the schemas want it.
    const publicFolders = [sections, events].flatMap((entry) => [
      entry.public_folder,
      ...mediaFieldsOf(entry.fields).flatMap(
        ([, field]) => (field['public_folder'] as string | undefined) ?? [],
      ),
    ]);
    for (const folder of publicFolders) expect(folder).toMatch(/^\.(?:\/|$)/u);
    // No stock photos from other hosts.
    expect(config.media_libraries).toEqual({ stock_assets: false });
  });

  it('would refuse two collections’ fields of one key path that upload into different folders of their own', () => {
    const photos = (folder: string): EditorField => ({
      name: 'photos',
      label: 'Fotos',
      widget: 'list',
      fields: [{ name: 'file', label: 'Foto', widget: 'image', public_folder: folder }],
    });
    const twoFolders = {
      entryFolder: 'content/a',
      fields: [photos('./bilder'), { ...photos('./fotos'), name: 'b' }],
    };
    expect(() =>
      withMediaFolders([
        twoFolders,
        { entryFolder: 'content/b', fields: [photos('./x'), { ...photos('./y'), name: 'b' }] },
      ]),
    ).toThrow(/content\/a: the file fields it shares with other collections upload into different folders/u);
  });

  it('edits a section’s text as Markdown, as it is written', () => {
    const body = fieldsOfCollection('sections').find((field) => field.name === 'body');
    expect(body).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });

  it('offers presenters, institutions, topics and places to choose from the existing entries', () => {
    const section = fieldsOfCollection('sections');
    const choice = (fields: EditorField[], name: string) => fields.find((field) => field.name === name);
    expect(choice(section, 'presenters')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      multiple: true,
    });
    expect(choice(section, 'mentions')).toMatchObject({ widget: 'relation', collection: 'people' });
    expect(choice(section, 'moderators')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      multiple: true,
      label: 'Moderation',
    });
    expect(choice(section, 'institutions')).toMatchObject({
      widget: 'relation',
      collection: 'organizations',
    });
    expect(choice(section, 'topics')).toMatchObject({ widget: 'relation', collection: 'topics' });
    expect(choice(section, 'places')).toMatchObject({ widget: 'relation', collection: 'places' });
    expect(choice(section, 'event')).toMatchObject({ widget: 'relation', collection: 'events' });
    const roles = choice(fieldsOfCollection('people'), 'roles')?.['fields'] as EditorField[];
    expect(choice(roles, 'organization')).toMatchObject({ widget: 'relation', collection: 'organizations' });
    // Every relation names a collection of the editor, by a field its entries have.
    const names = new Set(config.collections.map((collection) => collection.name));
    const relations = (fields: EditorField[]): EditorField[] =>
      fields.flatMap((field) => [
        ...(field.widget === 'relation' ? [field] : []),
        ...relations((field['fields'] as EditorField[] | undefined) ?? []),
      ]);
    const all = Object.keys(schemaOf).flatMap((name) => relations(fieldsOfCollection(name)));
    expect(all.length).toBeGreaterThan(10);
    for (const relation of all) expect(names.has(relation['collection'] as never), relation.name).toBe(true);
  });

  it('labels every choice in German and says in German what a pattern wants', () => {
    const all = (fields: EditorField[]): EditorField[] =>
      fields.flatMap((field) => [field, ...all((field['fields'] as EditorField[] | undefined) ?? [])]);
    const fields = Object.keys(schemaOf).flatMap((name) => all(fieldsOfCollection(name)));
    const selects = fields.filter((field) => field.widget === 'select');
    expect(selects.map((field) => field.name).sort()).toEqual(['kind', 'kind', 'kind', 'kind']);
    for (const select of selects) {
      const options = select['options'] as { value: string; label: string }[];
      for (const option of options) expect(option.label).not.toBe(option.value);
    }
    const patterns = fields.flatMap((field) => (field['pattern'] ? [field['pattern'] as string[]] : []));
    expect(patterns.length).toBeGreaterThan(3);
    for (const [, message] of patterns) expect(message).toMatch(/^[A-ZÄÖÜ].*[äöüß„]/u);
  });

  it('shows each choice’s values with the German labels their schema declares, the words the site uses', () => {
    // Every z.enum of every schema the editor shows, by its path: its .meta() labels each value.
    const choices = (node: FieldSchema, path: string): [string, FieldSchema][] => {
      const value = valueSchema(node);
      return [
        ...(value.enum ? [[path, value] as [string, FieldSchema]] : []),
        ...fieldsOf(value).flatMap(([name, field]) => choices(field, `${path}.${name}`)),
        ...(value.items ? choices(value.items, `${path}[]`) : []),
      ];
    };
    const all = Object.entries(schemaOf).flatMap(([name, schema]) => choices(fieldSchemaOf(schema), name));
    expect(all.map(([path]) => path).sort()).toEqual([
      'organizations.kind',
      'places.kind',
      'sections.kind',
      'sections.materials[].kind',
    ]);
    for (const [path, choice] of all) expect(Object.keys(choice.labels ?? {}), path).toEqual(choice.enum);
    // The editor shows the site's own words (src/lib/naming/labels.ts, src/lib/materials/labels.ts).
    const shown = (collection: string, name: string, within?: string) => {
      const fields = fieldsOfCollection(collection);
      const parent = within
        ? (fields.find((field) => field.name === within)?.['fields'] as EditorField[])
        : fields;
      const options = parent.find((field) => field.name === name)?.['options'] as {
        value: string;
        label: string;
      }[];
      return Object.fromEntries(options.map(({ value, label }) => [value, label]));
    };
    expect(shown('sections', 'kind')).toEqual(sectionKindLabels);
    expect(shown('organizations', 'kind')).toEqual(organizationKindLabels);
    expect(shown('places', 'kind')).toEqual(placeKindLabels);
    expect(shown('sections', 'kind', 'materials')).toEqual(materialKindLabels);
  });

  it('refuses a choice with a value that has no German label, naming the field and the value', () => {
    const kind = fieldSchemaOf(z.enum(['fest', 'neu']).meta({ title: 'Art', labels: { fest: 'Fest' } }));
    expect(() => choiceOptions('kind', kind)).toThrow(/^kind: the choice "neu" has no German label/u);
    expect(() => choiceOptions('kind', fieldSchemaOf(z.enum(['fest'])))).toThrow(
      /"fest" has no German label/u,
    );
    expect(choiceOptions('kind', fieldSchemaOf(z.enum(['fest']).meta({ labels: { fest: 'Fest' } })))).toEqual(
      [{ value: 'fest', label: 'Fest' }],
    );
  });

  it('is valid by Sveltia CMS’s own configuration schema', () => {
    const schema = JSON.parse(
      readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true, logger: false }).compile(schema);
    const valid = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names content folders that exist', () => {
    for (const collection of config.collections)
      expect(existsSync(collection.folder), collection.folder).toBe(true);
    for (const singleton of config.singletons) expect(existsSync(singleton.file), singleton.file).toBe(true);
  });

  it('offers to publish to the team’s repository when one is given', () => {
    const github = editorConfig({ base: '/', repository: { service: 'github', repo: 'team/bericht' } });
    expect(github.backend).toEqual({ name: 'github', repo: 'team/bericht', auth_methods: ['token'] });
    const gitlab = editorConfig({
      base: '/tagungsdoku/',
      repository: {
        service: 'gitlab',
        repo: 'team/bericht',
        branch: 'main',
        authUrl: 'https://auth.example.org',
      },
    });
    expect(gitlab.backend).toEqual({
      name: 'gitlab',
      repo: 'team/bericht',
      branch: 'main',
      base_url: 'https://auth.example.org',
    });
    expect(gitlab.logo.src).toBe('/tagungsdoku/favicon.svg');
  });
});

describe('every content file', () => {
  /** A collection's entry files, as the table of the collections finds them, each with its schema. */
  const files = ([name, { pattern }]: [string, { pattern: string }]): [string, z.ZodType][] => {
    const folder = collectionFolder(name as keyof typeof contentCollections, CONTENT_ROOT);
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((path) => matchesGlob(path, pattern))
      .map((path) => [join(folder, path), schemaOf[name] as z.ZodType]);
  };
  const content: [string, z.ZodType][] = [
    ...Object.entries(contentCollections).flatMap(files),
    [contentFile('site', CONTENT_ROOT), siteInfoSchema],
  ];

  it('is written as the editor writes it back, so that saving changes only what was edited', () => {
    expect(content.length).toBeGreaterThan(70);
    const different = content.filter(
      ([file, schema]) =>
        rewrittenByEditor(file, readFileSync(file, 'utf8'), fieldSchemaOf(schema)) !==
        readFileSync(file, 'utf8'),
    );
    expect(different.map(([file]) => relative('.', file))).toEqual([]);
  });

  it('would show a file that the editor would write differently', () => {
    const node = fieldSchemaOf(personSchema);
    const styled =
      'name: Kai Hauprich\nsortName: Hauprich, Kai\nroles:\n  - title: wissenschaftlicher Mitarbeiter\n';
    expect(rewrittenByEditor('p.yaml', styled, node)).toBe(styled);
    // Double quotes, folded lines and keys out of the schema's order come back changed.
    for (const other of [
      'name: "Kai Hauprich"\nsortName: Hauprich, Kai\nroles:\n  - title: wissenschaftlicher Mitarbeiter\n',
      'name: >-\n  Kai\n  Hauprich\nsortName: Hauprich, Kai\nroles:\n  - title: wissenschaftlicher Mitarbeiter\n',
      'sortName: Hauprich, Kai\nname: Kai Hauprich\nroles:\n  - title: wissenschaftlicher Mitarbeiter\n',
    ]) {
      expect(rewrittenByEditor('p.yaml', other, node)).toBe(styled);
    }
  });
});

describe('the editor refuses what the build refuses', () => {
  /** Every editor field with its path (`roles.*.title`) and the schema node it was made from. */
  const withSchemas = (
    fields: readonly EditorField[],
    node: FieldSchema,
    path = '',
  ): [string, EditorField, FieldSchema][] =>
    fields.flatMap((field) => {
      const schema = valueSchema(valueSchema(node).properties?.[field.name] ?? {});
      const nested = field['fields'] as EditorField[] | undefined;
      const inner = typeOf(schema) === 'array' ? valueSchema(schema.items ?? {}) : schema;
      const at = `${path}${field.name}`;
      return [
        [at, field, schema] as [string, EditorField, FieldSchema],
        ...(nested ? withSchemas(nested, inner, typeOf(schema) === 'array' ? `${at}.*.` : `${at}.`) : []),
      ];
    });
  const all = Object.entries(schemaOf).flatMap(([name, schema]) =>
    withSchemas(fieldsOfCollection(name), fieldSchemaOf(schema)).map(
      ([path, field, node]) => [`${name}.${path}`, field, node] as const,
    ),
  );
  const refuses = (field: EditorField, value: string) => {
    const pattern = field['pattern'] as [string, string] | undefined;
    return pattern !== undefined && !new RegExp(pattern[0]).test(value);
  };

  it('marks as required exactly the fields the schema requires, and lists as long as the schema wants', () => {
    expect(all.length).toBeGreaterThan(60);
    for (const [path, field, node] of all) {
      if (typeOf(node) === 'array' && node.minItems) expect(field['min'], path).toBe(node.minItems);
    }
    const person = Object.fromEntries(
      fieldsOfCollection('people').map((field) => [field.name, field.required]),
    );
    expect(person).toEqual({ name: true, honorific: false, sortName: true, roles: true });
  });

  it('checks every field with a pattern by the schema’s own pattern, with its German message', () => {
    const patterned = all.filter(([, , node]) => node.pattern !== undefined && node.format === undefined);
    expect(patterned.length).toBeGreaterThan(3);
    for (const [path, field, node] of patterned) {
      // An id chosen from the entries, or a file chosen or uploaded, is of the form by its choice.
      if (['relation', 'file', 'image'].includes(field.widget)) continue;
      expect(field['pattern'], path).toEqual([node.pattern, node.invalid]);
    }
  });

  it('takes only days of the calendar for every date, as the build does', () => {
    // The conference's date is typed (it may be a month and year, `src/lib/conference-date.ts`), the others chosen.
    const dates = all.filter(([path, field]) => field.widget === 'datetime' || path === 'events.date');
    expect(dates.map(([path, field]) => `${path} ${field.widget}`)).toEqual([
      'events.date string',
      'site.accessibilityReview datetime',
    ]);
    const values = [
      '2018-06-15',
      '2018-15-06',
      '2020-02-29',
      '2019-02-29',
      '2000-02-29',
      '1900-02-29',
      '2018-04-31',
    ];
    for (const [path, field] of dates)
      for (const value of values)
        expect(!refuses(field, value), `${path}: ${value}`).toBe(isCalendarDate(value));
    // Only the conference's date may be a month and year, as its schema takes it.
    const [conference, review] = dates.map(([, field]) => field);
    if (conference === undefined || review === undefined) throw new Error('no date fields');
    for (const value of ['2021-09', '2021-13', '2021-00'])
      expect(!refuses(conference, value), value).toBe(eventSchema.shape.date.safeParse(value).success);
    expect(refuses(review, '2021-09')).toBe(true);
  });

  it('refuses a placeholder in every field one could type it into, and a text of spaces where the schema wants text', () => {
    const typed = all.filter(([, field]) => ['string', 'text', 'markdown'].includes(field.widget));
    expect(typed.length).toBeGreaterThan(25);
    for (const [path, field, node] of typed) {
      expect(refuses(field, `${placeholder('Veranstalter')}`), path).toBe(true);
      if ((node.minLength ?? 0) > 0) expect(refuses(field, '   '), path).toBe(true);
    }
  });

  it('refuses in a section’s text what the build refuses as unsafe, and takes what it takes', () => {
    const body = fieldsOfCollection('sections').find((field) => field.name === 'body') as EditorField;
    const lines = [
      'Ein Absatz.',
      '1. Ein Punkt',
      '- Eine Aufzählung mit *Betonung* und [Link](https://example.org)',
      '<script>alert(1)</script>',
      'Text <SCRIPT src="x.js"></SCRIPT>',
      '<img src="x" OnError="alert(1)">',
      '[Link](JavaScript:alert(1))',
      '<IFRAME src="https://example.org"></iframe>',
      '<div set:html={x} />',
      'import X from "x"',
      'Ein Satz über den Import von Waren.',
    ];
    for (const line of lines) {
      const text = `Erster Absatz.\n\n${line}\n`;
      expect(refuses(body, text), line).toBe(findUnsafeMarkup('x.mdx', text).length > 0);
    }
  });

  it('takes every content file as it is: no pattern refuses a value the build accepts', () => {
    const values = (
      data: unknown,
      fields: readonly EditorField[],
      path: string,
    ): [string, EditorField, string][] =>
      fields.flatMap((field) => {
        const value = (data as Record<string, unknown> | undefined)?.[field.name];
        const nested = field['fields'] as EditorField[] | undefined;
        if (typeof value === 'string')
          return [[`${path}.${field.name}`, field, value] as [string, EditorField, string]];
        if (value instanceof Date)
          return [
            [`${path}.${field.name}`, field, value.toISOString().slice(0, 10)] as [
              string,
              EditorField,
              string,
            ],
          ];
        if (Array.isArray(value) && nested)
          return value.flatMap((item, index) => values(item, nested, `${path}.${field.name}[${index}]`));
        if (value && typeof value === 'object' && nested)
          return values(value, nested, `${path}.${field.name}`);
        return [];
      });
    let checked = 0;
    for (const collection of [...config.collections, ...config.singletons]) {
      const files =
        'file' in collection
          ? [collection.file]
          : readdirSync(collection.folder, { recursive: true, encoding: 'utf8' })
              .filter(
                (file) =>
                  file.endsWith(`.${collection.extension}`) && !file.split('/').at(-1)?.startsWith('_'),
              )
              .map((file) => join(collection.folder, file));
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const parts = splitFrontMatter(text);
        const data = parse(parts?.frontMatter ?? text) as unknown;
        const found = [
          ...values(data, collection.fields as EditorField[], file),
          ...(parts
            ? [
                [
                  `${file}: body`,
                  fieldsOfCollection('sections').find((field) => field.name === 'body'),
                  parts.body,
                ] as [string, EditorField, string],
              ]
            : []),
        ];
        for (const [path, field, value] of found) {
          checked += 1;
          expect(refuses(field, value), path).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
