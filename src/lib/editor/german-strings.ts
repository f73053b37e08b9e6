/**
 * German for the editor's interface strings that Sveltia CMS's own `locales/de.json` still lacks (it
 * falls back to English for them, e.g. „Show Errors“ beside a German error message). Only strings the
 * team meets while editing entries are here; the media library's are left to Sveltia CMS. They fill
 * gaps and never replace a string the package translates (`tests/unit/editor-self-hosted.test.ts`
 * fails once the package has one of them, so that ours can go).
 */

/** German strings by their key in the locale file (`a.b` is `{ "a": { "b": … } }`). */
export const germanAdditions: Record<string, string> = {
  select_item: '{$name} auswählen',
  folders: 'Ordner',
  more_folders: 'Weitere Ordner',
  back_to_parent_folder: 'Zurück zum übergeordneten Ordner',
  folder_contents: 'Inhalt',
  folder_path: 'Ordnerpfad',
  x_folders:
    '.input {$count :integer} .match $count 0 {{Keine Ordner}} one {{{$count} Ordner}} * {{{$count} Ordner}}',
  file_unavailable: 'Nicht verfügbar',
  file_unavailable_description:
    'Diese Datei konnte nicht geladen werden. Vielleicht wurde sie verschoben oder gelöscht.',
  show_errors: 'Fehler anzeigen',
  list_item_options: 'Optionen für diesen Listeneintrag',
  deleting_referenced_entries_note:
    '.input {$count :integer} .match $count ' +
    'one {{Der Verweis darauf in einem anderen Eintrag wird ebenfalls entfernt.}} ' +
    '* {{Die Verweise darauf in {$count} anderen Einträgen werden ebenfalls entfernt.}}',
  cannot_delete_referenced_entries:
    '.input {$count :integer} .match $count ' +
    'one {{Dieser Eintrag kann nicht gelöscht werden, weil die folgenden Felder anderer Einträge ohne ihn ' +
    'ungültig würden. Bitte zuerst diese Einträge ändern.}} ' +
    '* {{Diese Einträge können nicht gelöscht werden, weil die folgenden Felder anderer Einträge ohne sie ' +
    'ungültig würden. Bitte zuerst diese Einträge ändern.}}',
  'entry_sidebar.slug.title': 'Slug',
  'entry_sidebar.slug.generated_on_save':
    'Der Slug wird beim Speichern aus dem Inhalt des Eintrags gebildet. Datum und Uhrzeit darin sind die des Speicherns.',
  'entry_sidebar.slug.unavailable': 'Dieser Eintrag hat keinen Slug.',
  'save_conflict.title': 'Eintrag von jemand anderem geändert',
  'save_conflict.modified_by':
    '{$name} hat diesen Eintrag am {$date} geändert, nachdem Sie ihn geöffnet haben.',
  'save_conflict.modified': 'Dieser Eintrag wurde im Repository geändert, nachdem Sie ihn geöffnet haben.',
  'save_conflict.deleted': 'Dieser Eintrag wurde im Repository gelöscht, nachdem Sie ihn geöffnet haben.',
  'save_conflict.overwrite_warning': 'Wenn Sie jetzt speichern, gehen diese Änderungen verloren.',
  'save_conflict.recreate_warning': 'Wenn Sie jetzt speichern, wird der Eintrag neu angelegt.',
  'save_conflict.save_anyway': 'Trotzdem speichern',
  'save_conflict.branch_moved':
    'Das Repository wurde während des Speicherns von jemand anderem aktualisiert. Bitte erneut versuchen.',
  'remote_change.reload_entry': 'Eintrag neu laden',
  'remote_change.confirm_reloading_entry':
    'Soll der Eintrag wirklich neu geladen werden? Nicht gespeicherte Änderungen gehen verloren.',
  'relation_field.save_together_hint':
    '{$name} wird zusammen mit dem Eintrag gespeichert, den Sie bearbeiten.',
  'relation_field.add_failed':
    '{$name} konnte nicht hinzugefügt werden. Einzelheiten stehen in der Browserkonsole.',
};

type Strings = { [key: string]: string | Strings };

/** The locale file with the German additions filled in where it has no string of its own. */
export function withGermanAdditions(locale: Strings): Strings {
  const result = structuredClone(locale);
  for (const [key, text] of Object.entries(germanAdditions)) {
    const path = key.split('.');
    let node = result;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node = typeof next === 'object' ? next : (node[part] = {});
    }
    const last = path.at(-1) ?? key;
    if (node[last] === undefined) node[last] = text;
  }
  return result;
}
