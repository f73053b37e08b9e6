/**
 * What a reader copies carries no soft hyphens. Titles hold U+00AD at their hyphenation points
 * (src/lib/german/hyphenation.ts), and Chromium puts them on the clipboard with the selection, where
 * they would split a pasted or searched word. Only a selection that holds one is rewritten, as plain
 * text and as HTML of the selected nodes; a copy that a control writes itself (share.ts) is left alone.
 */
document.addEventListener('copy', (event) => {
  const selection = document.getSelection();
  const text = selection?.toString() ?? '';
  if (event.defaultPrevented || !event.clipboardData || !selection || !text.includes('\u00ad')) return;
  const box = document.createElement('div');
  for (let index = 0; index < selection.rangeCount; index += 1)
    box.append(selection.getRangeAt(index).cloneContents());
  event.clipboardData.setData('text/plain', text.replaceAll('\u00ad', ''));
  event.clipboardData.setData('text/html', box.innerHTML.replaceAll('\u00ad', ''));
  event.preventDefault();
});
