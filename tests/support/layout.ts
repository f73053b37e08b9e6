/** How a page's layout looks to a reader, measured in the browser: what sticks out of its column. */
import type { Locator } from '@playwright/test';

/**
 * Every element and every run of text inside `root` that reaches more than a pixel past either side of
 * the box that holds it (the nearest ancestor that is not inline): a word that sticks out of its column,
 * a grid cell wider than its track. Absolutely placed and invisible things are not counted.
 */
export function overflowing(root: Locator): Promise<string[]> {
  return root.evaluate((rootElement) => {
    const found: string[] = [];
    const holderOf = (element: Element): Element => {
      let holder = element;
      while (
        holder !== rootElement &&
        holder.parentElement &&
        getComputedStyle(holder).display.startsWith('inline')
      )
        holder = holder.parentElement;
      return holder;
    };
    const walker = document.createTreeWalker(rootElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[hidden], .sr-only')) continue;
      let rect: DOMRect;
      if (node instanceof Element) {
        if (['absolute', 'fixed'].includes(getComputedStyle(node).position)) continue;
        rect = node.getBoundingClientRect();
      } else {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rect = range.getBoundingClientRect();
      }
      if (rect.width === 0 || rect.height === 0) continue;
      const box = holderOf(parent).getBoundingClientRect();
      if (rect.right > box.right + 1 || rect.left < box.left - 1) {
        const what = node instanceof Element ? `<${node.tagName.toLowerCase()}>` : 'text';
        found.push(
          `${what} „${(node.textContent ?? '').trim().slice(0, 40)}“ by ${Math.round(rect.right - box.right)} px`,
        );
      }
    }
    return found;
  });
}
