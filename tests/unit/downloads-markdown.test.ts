/**
 * Markdown files hold the report's text and nothing a Markdown reader would turn into markup: each
 * section's file, rendered by a real Markdown compiler, shows every paragraph and item as written.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { htmlText } from '#src/lib/html.ts';
import { inlineText } from '#src/lib/content/document.ts';
import { getBook, getReportMarkdown, getSectionMarkdown } from '#src/lib/downloads/files.ts';
import { escapeMarkdown } from '#src/lib/markdown.ts';
import { reportConference } from '../support/report.ts';

async function rendered(markdown: string): Promise<string> {
  return htmlText((await markdownToHtml(markdown)).html ?? '');
}

describe('escapeMarkdown', () => {
  it('keeps underscores inside words and escapes what would become markup', async () => {
    const text = 'Mitarbeiter_innen, _betont_, *Stern*, [Klammer](x), <tag>, `code` und \\';
    expect(escapeMarkdown('Mitarbeiter_innen')).toBe('Mitarbeiter_innen');
    expect(await rendered(escapeMarkdown(text))).toBe(text);
  });
});

const conference = await reportConference();
const book = await getBook(conference);

describe('the Markdown files', () => {
  it('show every block of every section as written, with title, presenters and address', async () => {
    expect(book.chapters.length).toBeGreaterThan(10);
    const whole = await rendered(await getReportMarkdown(conference));
    for (const [index, chapter] of book.chapters.entries()) {
      const section = conference.sections[index];
      expect(section?.slug).toBe(chapter.slug);
      const text = await rendered(await getSectionMarkdown(conference, section!));
      expect(text.startsWith(chapter.title), chapter.slug).toBe(true);
      expect(text).toContain(chapter.url);
      for (const name of chapter.presenters) expect(text).toContain(name);
      const blocks = chapter.blocks.flatMap((block) =>
        block.type === 'list'
          ? block.items.map((item) => item.content)
          : block.type === 'paragraph' || block.type === 'heading'
            ? [block.content]
            : [],
      );
      for (const content of blocks) {
        expect(text, chapter.slug).toContain(inlineText(content));
        expect(whole).toContain(inlineText(content));
      }
    }
  });

  it('has no frontmatter and no MDX', async () => {
    const markdown = await getReportMarkdown(conference);
    expect(markdown.startsWith(`# ${book.title}`)).toBe(true);
    expect(markdown).not.toMatch(/^---$|<\/?(?:ol|li)\b|^import /mu);
  });
});
