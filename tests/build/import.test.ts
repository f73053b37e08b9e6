/**
 * The importer's acceptance on real input, in one scratch build: a copy of the project gets its
 * conferences by `npm run import` beside the real report — the seed report as extracted from its PDF
 * (`tests/fixtures/tagung-2018-bericht.txt`), a report of our own that the importer has never seen
 * (`tests/fixtures/import/fachtag-2019.md`), turned into Word and into PDF here, and the real reports
 * of others (`tests/fixtures/real-reports/`, two of them held out while the importer was tuned). The
 * draft build then shows every section with its number and title and every sentence verbatim, the
 * presenters linked to their register pages, the author's markup, and the placeholders for what the
 * report does not say. The figures for the real reports are written to `.tmp/real-report-figures.json`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, htmlText } from '#src/lib/html.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { splitSentences } from '#src/lib/german/sentences.ts';
import {
  numberedHeadings,
  ownReport,
  runImport,
  seedReport,
  sourceBlocks,
  sourceSentences,
  tempFile,
} from '../support/import.ts';
import { markdownToDocx, markdownToPdf, PDF_LINE_BREAKS } from '../support/report-documents.ts';
import { removeScratch, scratchBuild, type ScratchBuild } from '../support/scratch-build.ts';
import { slugify } from '#src/lib/import/slugs.ts';
import { expectedTitles, realReports, realSentences, type RealReport } from '../support/real-reports.ts';

const reals = realReports();
const realSlug = (report: RealReport) => `echt-${report.name}`;

/** The conferences the build gets, by slug: which source, in which format. */
const imports = { 'bericht-2018': 'seed', 'fachtag-2019': 'docx', 'fachtag-2019-pdf': 'pdf' } as const;
type Slug = keyof typeof imports;

interface Section {
  file: string;
  data: { slug: string; number?: string; title: string; presenters?: string[]; mentions?: string[] };
}

/** The section files an import wrote (or the hand-made ones of the real report), in order. */
function sectionsOf(content: string, slug: string): Section[] {
  const dir = join(content, 'sections', slug);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return { file, data: parse(splitFrontMatter(text)?.frontMatter ?? '') as Section['data'] };
    });
}

/** The visible text of a page's main content. */
function mainText(file: string): string {
  const html = readFileSync(file, 'utf8');
  return htmlText(/<main\b[\s\S]*<\/main>/u.exec(html)?.[0] ?? '');
}

describe('an imported report, built', { timeout: 400_000 }, () => {
  let build: ScratchBuild;
  const outputs: Partial<Record<Slug, string>> = {};

  beforeAll(async () => {
    const markdown = readFileSync(ownReport, 'utf8');
    const files: Record<Slug, string> = {
      'bericht-2018': seedReport,
      'fachtag-2019': tempFile('fachtag-2019.docx', await markdownToDocx(markdown)),
      'fachtag-2019-pdf': tempFile('fachtag-2019.pdf', await markdownToPdf(markdown, PDF_LINE_BREAKS)),
    };
    build = scratchBuild(
      'import',
      'three-imports-and-real-reports',
      (root) => {
        for (const slug of Object.keys(imports) as Slug[]) {
          const run = runImport([files[slug], '--event', slug], join(root, 'content'));
          if (run.status !== 0) throw new Error(`import of ${slug} failed:\n${run.output}`);
          outputs[slug] = run.output;
        }
        for (const report of reals) {
          const date = report.expected.datum ? ['--datum', report.expected.datum] : [];
          const run = runImport([report.file, '--event', realSlug(report), ...date], join(root, 'content'));
          if (run.status !== 0) throw new Error(`import of ${report.name} failed:\n${run.output}`);
        }
      },
      { TAGUNGSDOKU_DRAFT: '1' },
    );
  }, 400_000);
  afterAll(() => removeScratch('import'));

  const dist = () => join(build.root, 'dist');
  const content = () => join(build.root, 'content');

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each(Object.keys(imports) as Slug[])(
    '%s: every section with its number and title, every sentence verbatim',
    (slug) => {
      const blocks = sourceBlocks(imports[slug] === 'seed' ? seedReport : ownReport);
      const sections = sectionsOf(content(), slug);
      const titles = sections.map(({ data }) => {
        const page = join(dist(), slug, data.slug, 'index.html');
        const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/u.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
        return htmlText(h1);
      });
      expect(titles).toEqual(['Einleitung', ...numberedHeadings(blocks)]);
      const text = [
        ...sections.map(({ data }) => mainText(join(dist(), slug, data.slug, 'index.html'))),
        mainText(join(dist(), slug, 'index.html')),
      ].join('\n');
      // Every sentence of the source as `splitSentences` counts them, its headings' too (the report's
      // title on the conference's page, the section headings as the pages' titles), verbatim.
      const sentences = sourceSentences(blocks);
      const all = blocks.flatMap((block) => splitSentences(block.text));
      expect(all.length).toBeGreaterThan(sentences.length);
      expect(all.filter((sentence) => !text.includes(sentence))).toEqual([]);
      // The count the import prints is the running text's.
      expect(outputs[slug]).toContain(
        `Eingelesen: ${sections.length} Abschnitte, ${sentences.length} Sätze.`,
      );
    },
  );

  it('the seed report: its presenters and mentions are the existing register entries the hand-made report names', () => {
    const byNumber = (sections: Section[]) =>
      Object.fromEntries(
        sections.map(({ data }) => [
          data.number ?? '',
          { presenters: data.presenters ?? [], mentions: data.mentions ?? [] },
        ]),
      );
    expect(byNumber(sectionsOf(content(), 'bericht-2018'))).toEqual(
      byNumber(sectionsOf(content(), 'tagung-2018')),
    );
    // Its numbered lists carry the ids the hand-made report's lists carry, each with its passage link.
    const listIds = (file: string) =>
      [
        ...(/<main\b[\s\S]*<\/main>/u.exec(readFileSync(file, 'utf8'))?.[0] ?? '').matchAll(
          /<li id="([^"]+)"/gu,
        ),
      ].map((match) => match[1]);
    const imported = sectionsOf(content(), 'bericht-2018').find(({ data }) => data.number === '2.1');
    const importedPage = join(dist(), 'bericht-2018', imported?.data.slug ?? '', 'index.html');
    const ids = listIds(importedPage);
    expect(ids).toEqual(listIds(join(dist(), 'tagung-2018', 'forschungsdesign', 'index.html')));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(readFileSync(importedPage, 'utf8')).toContain(`href="#${id}"`);
    // The register pages list the imported talks.
    const deinet = readFileSync(join(dist(), 'referierende', 'ulrich-deinet', 'index.html'), 'utf8');
    expect(deinet).toContain('/bericht-2018/');
    expect(deinet).toContain('/tagung-2018/');
    expect(deinet).toContain('/fachtag-2019/');
  });

  it('the unseen report: new presenters get register pages, its lists their anchors, its gaps placeholders', () => {
    for (const id of [
      'miriam-okafor',
      'jonas-petersen',
      'hannah-lindqvist',
      'tom-becker',
      'sabine-krueger-alt',
    ]) {
      const page = join(dist(), 'referierende', id, 'index.html');
      expect(existsSync(page), id).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain('/fachtag-2019-pdf/');
    }
    const places = sectionsOf(content(), 'fachtag-2019').find(({ data }) => data.number === '2.1');
    const page = readFileSync(join(dist(), 'fachtag-2019', places?.data.slug ?? '', 'index.html'), 'utf8');
    expect(page).toMatch(/<li id="punkt-1"[^>]*>/u);
    const overview = mainText(join(dist(), 'fachtag-2019', 'index.html'));
    expect(overview).toContain('[Bitte ergänzen: Veranstalter');
    // „Moderiert wurde der Fachtag von Aylin Demir …“: her name stands under „Moderation“, beside the presenters.
    const closing = sectionsOf(content(), 'fachtag-2019').find(({ data }) => data.number === '4');
    const facts = readFileSync(join(dist(), 'fachtag-2019', closing?.data.slug ?? '', 'index.html'), 'utf8');
    expect(htmlText(/<dl class="section-facts[\s\S]*?<\/dl>/u.exec(facts)?.[0] ?? '')).toMatch(
      /Referiert von[\s\S]*Ulrich Deinet[\s\S]*Moderation[\s\S]*Aylin Demir/u,
    );
  });

  const figures: Record<string, unknown> = {};
  afterAll(() => {
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/real-report-figures.json', `${JSON.stringify(figures, null, 2)}\n`);
  });

  it.each(reals.map((report) => [report.name, report] as const))(
    'real report %s: every heading a section, at least 98 per cent of its sentences on the pages',
    (_, report) => {
      const slug = realSlug(report);
      const sections = sectionsOf(content(), slug);
      const pages = sections.map(({ data }) => join(dist(), slug, data.slug, 'index.html'));
      const titles = pages.map((page) =>
        htmlText(/<h1\b[^>]*>([\s\S]*?)<\/h1>/u.exec(readFileSync(page, 'utf8'))?.[1] ?? ''),
      );
      const headed = sections.flatMap(({ data }, index) =>
        data.title === 'Einleitung' || data.title === 'Bericht' ? [] : [titles[index] ?? ''],
      );
      const numbered = report.expected.sections.flatMap((section) =>
        typeof section === 'string' ? [] : [`${section.number} ${section.title}`],
      );
      expect(headed.map((title) => title.replace(/^\d+(?:\.\d+)* /u, ''))).toEqual(expectedTitles(report));
      for (const title of numbered) expect(titles).toContain(title);
      // The author's footnote marks (a superscript number) stand between a word and its punctuation.
      const withoutMarks = (file: string) =>
        htmlText(
          (/<main\b[\s\S]*<\/main>/u.exec(readFileSync(file, 'utf8'))?.[0] ?? '').replace(
            /<sup><a [^>]*data-footnote-ref[^>]*>[^<]*<\/a><\/sup>/gu,
            '',
          ),
        );
      const text = [...pages, join(dist(), slug, 'index.html')].map(withoutMarks).join('\n');
      const sentences = realSentences(report);
      const missing = sentences.filter((sentence) => !text.includes(sentence));
      const speakers = Object.values(report.expected.speakers).flat();
      const presenters = new Set(sections.flatMap(({ data }) => data.presenters ?? []));
      figures[report.name] = {
        heldOut: report.heldOut,
        shape: report.expected.shape,
        sentences: sentences.length,
        sentencesOnPages: sentences.length - missing.length,
        percent: Math.round((1000 * (sentences.length - missing.length)) / sentences.length) / 10,
        headings: expectedTitles(report).length,
        headingsAsSections: expectedTitles(report).filter((title) => headed.some((h) => h.endsWith(title)))
          .length,
        speakers: speakers.length,
        speakersWithPersonPage: speakers.filter(
          (name) =>
            presenters.has(slugify(name)) &&
            existsSync(join(dist(), 'referierende', slugify(name), 'index.html')),
        ).length,
        missing,
      };
      expect(missing.length / sentences.length, missing.join('\n')).toBeLessThanOrEqual(0.02);
    },
  );

  it("the author's markup on the pages: code as typed, footnotes, quotes, lists, links", () => {
    const page = (slug: string, title: string) => {
      const section = sectionsOf(content(), slug).find(({ data }) => data.title === title);
      return readFileSync(join(dist(), slug, section?.data.slug ?? '', 'index.html'), 'utf8');
    };
    const workshop = page('echt-swib13', 'Vorkonferenz/Workshops');
    // Straight quotes in code stay straight; the code block is code, not a heading or a paragraph.
    const code = /<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/u.exec(workshop)?.[1] ?? '';
    expect(decodeEntities(code)).toBe(
      '"in-file"\n|open-file\n|decode-pica\n|morph("morph.xml")\n|encode-json\n|write("out-file");\n',
    );
    expect(workshop).toContain('href="https://culturegraph.github.io/"');
    expect(workshop).toMatch(/<section[^>]*data-footnotes/u);
    const bid = page('echt-bid-kongress-2013', 'Die Rolle der Bibliotheken bei der Forschungsdokumentation');
    expect(bid).toMatch(/<blockquote>[\s\S]*lege artis[\s\S]*<\/blockquote>/u);
    const links = page('echt-bid-kongress-2013', 'Weitere Informationen');
    expect(
      (/<ul>[\s\S]*?<\/ul>/u.exec(links.slice(links.indexOf('<main')))?.[0].match(/<li>/gu) ?? []).length,
    ).toBe(3);
  });
});
