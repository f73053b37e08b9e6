/**
 * A recording's transcript: a Markdown file beside the section, held to the same checks as a
 * section's text (no markup that could run in a reader's browser, only what the document tree
 * knows: paragraphs, lists, headings, emphasis, links) and shown folded below the recording. It is
 * searchable with the page, and stays out of the PDF and EPUB, which hold the report alone. Pure.
 */
import { inlineText, readDocument, type Block, type Inline } from '#src/lib/content/document.ts';
import { findUnsafeMarkup } from '#src/lib/content/safe-content.ts';
import { escapeHtml } from '#src/lib/html.ts';

/** A checked transcript. */
export interface Transcript {
  blocks: readonly Block[];
  /** The transcript as HTML, every text escaped; headings start at `headingLevel`. */
  html: string;
  /** Its plain text, for the search index's tests and the feeds. */
  text: string;
}

/**
 * Reads a transcript's Markdown. Throws naming the file and line when it holds unsafe markup or
 * markup the site cannot show. `headingLevel` is the level its top headings get on the page.
 */
export function readTranscript(source: string, filePath: string, headingLevel = 3): Transcript {
  const unsafe = findUnsafeMarkup(filePath, source);
  if (unsafe.length > 0) {
    throw new Error(unsafe.map((item) => `${item.filePath}:${item.line}: ${item.message}`).join('\n'));
  }
  const blocks = readDocument(source, filePath);
  if (blocks.length === 0) throw new Error(`${filePath}: the transcript is empty`);
  // The transcript's top headings, whatever their level in the file, get `headingLevel`.
  const levels = blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
  const shift = headingLevel - Math.min(...levels, headingLevel);
  return {
    blocks,
    html: blocks.map((block) => blockHtml(block, shift)).join('\n'),
    text: blocks.map(blockText).join(' '),
  };
}

function inlineHtml(content: readonly Inline[]): string {
  return content
    .map((run) => {
      if (run.type === 'text') return escapeHtml(run.value);
      if (run.type === 'break') return '<br>';
      if (run.type === 'emphasis') return `<em>${inlineHtml(run.children)}</em>`;
      if (run.type === 'strong') return `<strong>${inlineHtml(run.children)}</strong>`;
      if (run.type === 'code') return `<code>${escapeHtml(run.value)}</code>`;
      return `<a href="${escapeHtml(run.href)}">${inlineHtml(run.children)}</a>`;
    })
    .join('');
}

/** A block as HTML; `shift` moves its heading levels to where the page places the transcript. */
function blockHtml(block: Block, shift: number): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'heading': {
      const level = Math.min(block.level + shift, 6);
      return `<h${level}>${inlineHtml(block.content)}</h${level}>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map(
        (item) =>
          `<li>${inlineHtml(item.content)}${(item.lists ?? []).map((inner) => blockHtml(inner, shift)).join('')}</li>`,
      );
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${block.blocks.map((inner) => blockHtml(inner, shift)).join('\n')}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'table':
      return `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${inlineHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
  }
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'list':
      return block.items
        .map((item) => [inlineText(item.content), ...(item.lists ?? []).map(blockText)].join(' '))
        .join(' ');
    case 'quote':
      return block.blocks.map(blockText).join(' ');
    case 'code':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.map(inlineText).join(' ')).join(' ');
  }
}
