/**
 * The whole report on one page: marks in its table of contents the section being read, as the reader
 * scrolls (`aria-current="true"`). Without JavaScript the table of contents is a plain list.
 * The section being read is the last one whose top has passed the upper third of the window.
 */
export function markSectionInView(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-report-nav] a[href^="#"]')];
  const targets = links.flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (targets.length === 0) return;
  let marked: HTMLAnchorElement | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    const line = window.innerHeight / 3;
    let reading = targets[0];
    for (const item of targets) if (item.target.getBoundingClientRect().top <= line) reading = item;
    if (reading?.link === marked) return;
    marked?.removeAttribute('aria-current');
    marked = reading?.link;
    marked?.setAttribute('aria-current', 'true');
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  addEventListener('scroll', queue, { passive: true });
  update();
}
