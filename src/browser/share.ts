/**
 * What the copy controls do, loaded by `copy.ts` on their first use. Copies rich text where the browser
 * can (`text/html` and `text/plain` together in one `ClipboardItem`), plain text where it cannot, and
 * says which it did. Builds the „Teilen“ panel's snippets again with the campaign typed into it, and
 * offers a passage as a snippet after its link was copied. Nothing is stored.
 */
import passageStyles from '#src/styles/passage-share.css?url';
import { passageLabel } from '#src/lib/content/passages.ts';
import { PASSAGE_LINK_MARK } from '#src/lib/content/passage-links.ts';
import { escapeHtml } from '#src/lib/html.ts';
import {
  campaignUtm,
  openingWords,
  passageSnippets,
  shareSnippets,
  textAsHtml,
  withUtm,
  type ShareContent,
  type ShareSnippets,
  type SnippetImage,
  type UtmParameters,
} from '#src/lib/share/snippets.ts';

/** What the build writes into the panel's `data-share`: the snippet's content with its clean URL. */
interface PanelData extends ShareContent {
  /** The build-time UTM parameters, used while no campaign is typed. */
  utm?: UtmParameters | undefined;
}

type Format = keyof ShareSnippets;

const FORMAT_LABELS: Record<Format, string> = { text: 'Text', markdown: 'Markdown', html: 'HTML' };

let clearTimer: number | undefined;

/**
 * Says what happened in the one polite status region. `quiet`: only for screen readers, where a panel on
 * screen already says the same (the passage panel), so that each action has one confirmation in sight.
 */
function announce(message: string, quiet = false): void {
  const region = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!region) return;
  region.classList.toggle('copy-status-quiet', quiet);
  region.textContent = message;
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => (region.textContent = ''), 5000);
}

/**
 * Copies both flavours through a `copy` event: the HTML goes onto the clipboard as a string and is never
 * parsed into this page, so its inline styles (which mail clients need) meet no Content Security Policy.
 * False where the browser did not run the event.
 */
function copyThroughEvent(plain: string, html: string): boolean {
  let done = false;
  const write = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', plain);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    done = true;
  };
  document.addEventListener('copy', write, { capture: true });
  try {
    // The old command is the one way to put a string as HTML on the clipboard without parsing it.
    document.execCommand('copy');
  } catch {
    done = false;
  } finally {
    document.removeEventListener('copy', write, { capture: true });
  }
  return done;
}

/** Writes both flavours where the browser can; `'plain'` where only text went, `'failed'` where nothing did. */
async function writeClipboard(plain: string, html: string): Promise<'rich' | 'plain' | 'failed'> {
  if (copyThroughEvent(plain, html)) return 'rich';
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([plain], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return 'rich';
    } catch {
      // Some browsers refuse HTML on the clipboard: fall back to text below.
    }
  }
  try {
    await navigator.clipboard.writeText(plain);
    return 'plain';
  } catch {
    return 'failed';
  }
}

const MANUAL = 'Kopieren nicht möglich – bitte von Hand markieren und kopieren.';

function panelData(panel: HTMLElement): PanelData {
  return JSON.parse(panel.dataset['share'] ?? '{}') as PanelData;
}

function field(panel: HTMLElement, name: string): HTMLInputElement | null {
  return panel.querySelector<HTMLInputElement>(`[name="${name}"]`);
}

/** The panel's URL for the fields as they are: clean without a campaign (or the build's defaults). */
function panelUrl(panel: HTMLElement, data: PanelData, url = data.url): string {
  const typed = campaignUtm({
    campaign: field(panel, 'utm_campaign')?.value,
    source: field(panel, 'utm_source')?.value,
    medium: field(panel, 'utm_medium')?.value,
  });
  return withUtm(url, typed ?? data.utm);
}

/** The page's social card, as its Open Graph tags name it (the panel's data leaves it to them). */
function pageImage(): SnippetImage | undefined {
  const meta = (property: string) =>
    document.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content;
  const url = meta('og:image');
  if (!url) return undefined;
  return {
    url,
    alt: meta('og:image:alt') ?? '',
    width: Number(meta('og:image:width')),
    height: Number(meta('og:image:height')),
  };
}

function panelSnippets(panel: HTMLElement): ShareSnippets {
  const data = panelData(panel);
  const image = field(panel, 'share_image')?.checked ? (data.image ?? pageImage()) : undefined;
  return shareSnippets({ ...data, url: panelUrl(panel, data), image });
}

/** Shows the snippets and the link as the fields make them. */
export function refresh(panel: HTMLElement): void {
  const snippets = panelSnippets(panel);
  for (const format of Object.keys(FORMAT_LABELS) as Format[]) {
    const view = panel.querySelector(`[data-share-view="${format}"]`);
    if (view) view.textContent = snippets[format];
  }
  const link = panel.querySelector('[data-share-link]');
  if (link) link.textContent = panelUrl(panel, panelData(panel));
}

async function copySnippet(panel: HTMLElement, format: Format): Promise<void> {
  const snippets = panelSnippets(panel);
  const label = FORMAT_LABELS[format];
  // HTML: formatted for visual editors, its source for HTML fields; text and Markdown paste as typed.
  const result = await writeClipboard(
    snippets[format],
    format === 'html' ? snippets.html : textAsHtml(snippets[format]),
  );
  if (result === 'failed') announce(MANUAL);
  else if (format !== 'html') announce(`${label} kopiert`);
  else if (result === 'rich')
    announce('HTML kopiert: formatiert für Newsletter-Editoren, als Quelltext für HTML-Felder');
  else
    announce('Nur als Quelltext kopiert: dieser Browser legt kein formatiertes HTML in die Zwischenablage');
}

async function copyLink(
  link: HTMLAnchorElement,
  passage: string | undefined,
  quiet: boolean,
): Promise<boolean> {
  history.replaceState(null, '', link.hash || link.pathname);
  const result = await writeClipboard(
    link.href,
    `<a href="${escapeHtml(link.href)}">${escapeHtml(link.href)}</a>`,
  );
  announce(
    result === 'failed' ? MANUAL : passage ? `Link zu ${passage} kopiert` : 'Link kopiert',
    quiet && result !== 'failed',
  );
  return result !== 'failed';
}

let popover: Promise<HTMLElement> | undefined;
let opener: HTMLAnchorElement | undefined;

/** The passage panel, made once: which passage, its opening words, a button that copies it as a snippet. */
function passagePopover(): Promise<HTMLElement> {
  popover ??= createPassagePopover();
  return popover;
}

/** The styles of the copy status and the passage panel, linked once, on the first copy. */
const stylesLoaded: Promise<unknown> = (() => {
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = passageStyles;
  const loaded = new Promise((resolve) => styles.addEventListener('load', resolve, { once: true }));
  document.head.append(styles);
  return Promise.race([loaded, new Promise((resolve) => window.setTimeout(resolve, 1500))]);
})();

async function createPassagePopover(): Promise<HTMLElement> {
  // Its styles come with this module (no page pays for them before a copy), before it shows.
  await stylesLoaded;
  const element = document.createElement('div');
  element.popover = 'auto';
  element.className = 'passage-share';
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', 'passage-share-titel');
  element.innerHTML =
    '<p id="passage-share-titel" class="passage-share-title"></p><p class="passage-share-quote"></p>' +
    '<div class="passage-share-actions">' +
    '<button type="button" class="copy-button copy-button-main" data-passage-copy>Als Ausschnitt kopieren</button>' +
    '<button type="button" class="copy-button" data-passage-close>Schließen</button></div>';
  element.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && element.contains(document.activeElement))
      opener?.focus();
  });
  element.querySelector('[data-passage-close]')?.addEventListener('click', () => element.hidePopover());
  element.querySelector('[data-passage-copy]')?.addEventListener('click', () => void copyPassage(element));
  document.body.append(element);
  return element;
}

function passageText(link: HTMLAnchorElement): string {
  return openingWords(link.parentElement?.textContent ?? '');
}

async function copyPassage(element: HTMLElement): Promise<void> {
  const panel = document.querySelector<HTMLElement>('[data-share]');
  if (!opener || !panel) return;
  const data = panelData(panel);
  const snippets = passageSnippets({
    opening: passageText(opener),
    section: data.title,
    presenters: data.presenters.map((person) => person.name),
    conference: data.conference,
    url: panelUrl(panel, data, `${data.url}${opener.hash}`),
  });
  const result = await writeClipboard(snippets.text, snippets.html);
  announce(
    result === 'failed'
      ? MANUAL
      : `${passageLabel(opener.hash.slice(1))} als Ausschnitt kopiert: Anfang, Abschnitt und Link`,
  );
  element.hidePopover();
}

async function openPassage(link: HTMLAnchorElement): Promise<void> {
  const element = await passagePopover();
  // The panel opens below its passage where the browser can anchor it (passage-share.css), above it where
  // there is no room below, at the bottom of the window elsewhere; never over the passage itself.
  opener?.parentElement?.style.removeProperty('anchor-name');
  link.parentElement?.style.setProperty('anchor-name', '--passage');
  opener = link;
  const label = passageLabel(link.hash.slice(1));
  const title = element.querySelector('.passage-share-title');
  const quote = element.querySelector('.passage-share-quote');
  if (title) title.textContent = `${label}: Link kopiert`;
  if (quote) quote.textContent = `„${passageText(link)}“`;
  element.showPopover();
  element.scrollIntoView({ block: 'nearest' });
  element.querySelector<HTMLButtonElement>('[data-passage-copy]')?.focus({ preventScroll: true });
}

/** The panel's „Link kopieren“: the section's clean address, as a reader shares it (no campaign). */
async function copyPanelLink(panel: HTMLElement): Promise<void> {
  const { url } = panelData(panel);
  const result = await writeClipboard(url, `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`);
  announce(result === 'failed' ? MANUAL : 'Link kopiert');
}

/** Runs a copy control: a heading or passage link, or one of the panel's buttons. */
export async function activate(control: HTMLElement): Promise<void> {
  if (control instanceof HTMLAnchorElement) {
    const passage =
      control.dataset['copyLink'] === PASSAGE_LINK_MARK ? passageLabel(control.hash.slice(1)) : undefined;
    // A passage's panel says „Link kopiert“ itself: the status region then speaks only to screen readers.
    const withPanel = passage !== undefined && document.querySelector('[data-share]') !== null;
    if ((await copyLink(control, passage, withPanel)) && withPanel) await openPassage(control);
    return;
  }
  const panel = control.closest<HTMLElement>('[data-share]');
  const format = control.dataset['shareFormat'];
  if (panel && format === 'link') await copyPanelLink(panel);
  else if (panel && (format === 'text' || format === 'markdown' || format === 'html'))
    await copySnippet(panel, format);
}
