import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardCacheKey,
  cardLayout,
  renderSocialCard,
  titleSize,
} from '#src/lib/cards/draw.ts';
import { allSocialCards, sectionCard } from '#src/lib/cards/card-text.ts';
import { reportConference } from '../support/report.ts';

const conference = await reportConference();
const survey = conference.sections.find((section) => section.slug === 'online-befragung');
if (survey === undefined) throw new Error('no section online-befragung in tagung-2018');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('social cards', () => {
  it('say the section number and title, the presenters, the conference and its date', () => {
    const card = sectionCard(survey, conference);
    expect(card.path).toBe('/og/tagung-2018/online-befragung.png');
    expect(card.title).toBe('2.2 Online-Befragung');
    expect(card.kicker).toBe('Bericht · Projektvortrag');
    expect(card.byline).toBe('Katja Jepkens und Kai Hauprich');
    expect(card.conference).toBe('Tagung „Integration im Sozialraum“ · 15. Juni 2018');
    expect(card.alt).toContain('Katja Jepkens und Kai Hauprich');
  });

  it('say the conference once in their alt text, also where the title names it', () => {
    for (const card of allSocialCards([conference])) {
      expect(card.alt.split(conference.reportTitle).length - 1, card.name).toBeLessThanOrEqual(1);
      expect(card.alt, card.name).toContain('15. Juni 2018');
    }
  });

  it('exist for home, the site, the report and each section, each at its own path', () => {
    const paths = allSocialCards([conference]).map((card) => card.path);
    expect(paths.slice(0, 3)).toEqual(['/og/start.png', '/og/tagungsdoku.png', '/og/tagung-2018.png']);
    expect(paths.slice(3)).toEqual(
      conference.sections.map((section) => `/og/tagung-2018/${section.slug}.png`),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('use smaller type for long titles', () => {
    expect(titleSize('Kurz')).toBeGreaterThan(titleSize('x'.repeat(120)));
  });

  it('render as a 1200×630 PNG from the fonts in node_modules', async () => {
    const png = await renderSocialCard(sectionCard(survey, conference));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it('come from the cache only when every word and style is the same, and then equal a fresh drawing', async () => {
    const card = sectionCard(survey, conference);
    expect(cardCacheKey(cardLayout(card))).toBe(cardCacheKey(cardLayout({ ...card })));
    expect(cardCacheKey(cardLayout({ ...card, byline: 'Katja Jepkens' }))).not.toBe(
      cardCacheKey(cardLayout(card)),
    );
    expect(cardCacheKey(cardLayout({ ...card, title: `${card.title} ` }))).not.toBe(
      cardCacheKey(cardLayout(card)),
    );
    const cached = await renderSocialCard(card); // drawn before, or drawn and kept now
    const again = await renderSocialCard(card);
    const previous = process.env['TAGUNGSDOKU_CARD_CACHE'];
    process.env['TAGUNGSDOKU_CARD_CACHE'] = 'off';
    try {
      const fresh = await renderSocialCard(card);
      expect(Buffer.from(again).equals(Buffer.from(fresh))).toBe(true);
      expect(Buffer.from(cached).equals(Buffer.from(fresh))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env['TAGUNGSDOKU_CARD_CACHE'];
      else process.env['TAGUNGSDOKU_CARD_CACHE'] = previous;
    }
  });
});
