/**
 * Copy to the clipboard, progressively enhanced: heading link controls (`a[data-copy-link]`) copy their
 * absolute URL; share buttons (`button[data-copy-from]`) copy the text of the element they name.
 * Without JavaScript the links are plain anchor links and the snippets are visible to select.
 * The result is shown and announced through one polite live region.
 */

function statusRegion(): HTMLElement {
  let region = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!region) {
    region = document.createElement('p');
    region.dataset['copyStatus'] = '';
    region.setAttribute('role', 'status');
    region.className = 'copy-status';
    document.body.append(region);
  }
  return region;
}

let clearTimer: number | undefined;

function announce(message: string): void {
  const region = statusRegion();
  region.textContent = message;
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => (region.textContent = ''), 4000);
}

async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Kopieren nicht möglich – bitte von Hand markieren und kopieren.');
  }
}

// Created up front, so that screen readers already know the region when the first message comes.
statusRegion();

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]'))
  button.hidden = false;

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    event.preventDefault();
    history.replaceState(null, '', link.hash || link.pathname);
    void copy(link.href, 'Link kopiert');
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy-from]');
  if (button) {
    const source = document.getElementById(button.dataset['copyFrom'] ?? '');
    if (source?.textContent) void copy(source.textContent, button.dataset['copyDone'] ?? 'Kopiert');
  }
});
