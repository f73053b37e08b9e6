/**
 * Copy links and snippets, progressively enhanced and loaded in two steps. This part runs on every
 * page that has a copy control and stays small: it shows the controls that need JavaScript and, on the
 * first use of one, loads `share.ts`, which copies (rich text where the browser can) and builds the
 * snippets. It also opens the device's share sheet for „Teilen über …“, shown only where the browser
 * has one. Without JavaScript heading and passage links are plain anchor links and the address and the
 * snippets are there to select. The result is shown and announced through one polite live region.
 */

const STATUS = '[data-copy-status]';

// Created up front, so that screen readers already know the region when the first message comes.
if (!document.querySelector(STATUS)) {
  const region = document.createElement('p');
  region.dataset['copyStatus'] = '';
  region.setAttribute('role', 'status');
  region.className = 'copy-status';
  document.body.append(region);
}

for (const control of document.querySelectorAll<HTMLElement>('[data-needs-script]')) control.hidden = false;
// The device's own share sheet, where the browser offers one (phones, some desktops).
const canShare = typeof navigator.share === 'function';
for (const control of document.querySelectorAll<HTMLElement>('[data-share-native]'))
  control.hidden = !canShare;

const load = () => import('#src/browser/share.ts');

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  // The share sheet gets the panel's title and clean address. Called in the click itself: browsers open
  // it only in answer to the reader's gesture.
  const panel = target?.closest('[data-share-native]')?.closest<HTMLElement>('[data-share]');
  if (panel) {
    const { title = '', url = '' } = JSON.parse(panel.dataset['share'] ?? '{}') as ShareData;
    navigator.share({ title, url }).catch(() => {});
  }
  const control = target?.closest<HTMLElement>('a[data-copy-link], button[data-share-format]');
  if (!control) return;
  if (control instanceof HTMLAnchorElement) event.preventDefault();
  void load().then((share) => share.activate(control));
});

document.addEventListener('input', (event) => {
  const panel = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-share]') : null;
  if (panel) void load().then((share) => share.refresh(panel));
});
