/**
 * What a failed build said, for the team: the job summary of the host's build (GitHub Actions'
 * `$GITHUB_STEP_SUMMARY`, see `.github/workflows/publish.yml` and `tools/build-summary.ts`). It shows the
 * build's error output as the build wrote it, less what Astro and npm add around it (Astro's log prefix
 * and its `Location:`, `Stack trace:`, `Hint:` and `Error reference:` blocks, which point into its code
 * and its English docs; npm's own lines), so that it needs no change when the build's messages change.
 */
import { escapeMarkdown } from '#src/lib/markdown.ts';

/** Terminal colour codes (CI runners get colours: `CI` is set). */
// eslint-disable-next-line no-control-regex -- the escape character is what this matches
const ANSI_CODES = /\u001b\[[0-9;]*[A-Za-z]/gu;

/** Astro's prefix of a logged line: `12:03:04 [ERROR] [tagungsdoku-site] `. */
const LOG_PREFIX = /^(?:\d{2}:\d{2}:\d{2} )?\[(?:ERROR|WARN)\](?: \[[^\]]+\])? ?/u;

/** Astro's line above an error thrown in an integration's hook: it names the hook, not the problem. */
const HOOK_WRAPPER = /^An unhandled error occurred while running the "[^"]+" hook$/u;

/** Astro's name of an error class before its message: `[InvalidContentEntryDataError] `. */
const ERROR_NAME = /^\[[A-Za-z]+Error\] /u;

/** The heading of a block Astro adds below an error (`  Location:`, `  Stack trace:`, `  Hint:` …). */
const ASTRO_BLOCK_HEADING = /^(\s*)(?:Location|Stack trace|Hint|Error reference):\s*$/u;

/** npm's lines about the failed script (`npm error code 1`, `npm error command failed` …). */
const NPM_LINE = /^npm (?:error|warn|notice) /u;

/** The lines of the build's error output that say what went wrong, blank runs collapsed, trimmed at both ends. */
export function buildErrorLines(stderr: string): string[] {
  const lines: string[] = [];
  let skipDeeperThan: number | undefined;
  for (const raw of stderr.replace(ANSI_CODES, '').split(/\r?\n/u)) {
    const indent = /^\s*/u.exec(raw)?.[0].length ?? 0;
    if (skipDeeperThan !== undefined && (raw.trim() === '' || indent > skipDeeperThan)) continue;
    skipDeeperThan = undefined;
    const astroBlock = ASTRO_BLOCK_HEADING.exec(raw);
    if (astroBlock) {
      skipDeeperThan = astroBlock[1]?.length ?? 0;
      continue;
    }
    if (NPM_LINE.test(raw)) continue;
    const line = raw.replace(LOG_PREFIX, '').replace(ERROR_NAME, '').trimEnd();
    if (HOOK_WRAPPER.test(line)) continue;
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A line as Markdown: a list item stays one (`- …`, `* …`), anything else is a paragraph of escaped text. */
function markdownLine(line: string): { item: boolean; text: string } {
  const item = /^\s*[-*] (.*)$/u.exec(line);
  return item
    ? { item: true, text: `- ${escapeMarkdown(item[1] ?? '')}` }
    : { item: false, text: escapeMarkdown(line.trim()) };
}

/** The build's lines as Markdown: list items together, every other line a paragraph of its own. */
function messagesMarkdown(lines: readonly string[]): string {
  const blocks: string[] = [];
  for (const line of lines.filter((each) => each.trim() !== '').map(markdownLine)) {
    const previous = blocks.at(-1);
    if (line.item && previous?.startsWith('- ')) blocks[blocks.length - 1] = `${previous}\n${line.text}`;
    else blocks.push(line.text);
  }
  return blocks.join('\n\n');
}

/**
 * The job summary of a failed build, in German: what the build said (see `buildErrorLines`) and what
 * to do. `stderr` undefined: the build step never ran, because a step before it failed.
 */
export function buildFailureSummary(stderr: string | undefined): string {
  const heading = '## Die Website wurde nicht neu veröffentlicht\n\nDie bisherige Fassung bleibt online.';
  if (stderr === undefined) {
    const why =
      'ein Schritt davor fehlschlug (etwa „Abhängigkeiten installieren“); sein Protokoll nennt den Grund';
    return `${heading} Der Bau hat nicht begonnen, weil ${why}.\n`;
  }
  const lines = buildErrorLines(stderr);
  const said =
    lines.length > 0
      ? `Der Bau brach ab und meldet:\n\n${messagesMarkdown(lines)}`
      : 'Der Bau brach ab, ohne eine Fehlermeldung auszugeben; das Protokoll des Schritts „Website bauen“ zeigt, wo.';
  const todo =
    'Berichtigen Sie, was die Meldung nennt (meist eine Datei in `content/` und ein Feld darin), in der ' +
    'Redaktion unter `/admin/` oder in der Datei selbst, und speichern Sie: Jede gespeicherte Änderung ' +
    'startet den Bau neu.';
  return `${heading} ${said}\n\n${todo}\n`;
}
