/** A topic's key passage as its list shows it: cut around the topic's words, which are marked. */
import { describe, expect, it } from 'vitest';
import { excerpt, keyPassageExcerpt, topicTerms } from '#src/lib/register/key-excerpt.ts';

/** The excerpt as a reader sees it, marks as `[…]`. */
const shown = (parts: ReturnType<typeof keyPassageExcerpt>) =>
  parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

const filler = (words: number) => Array.from({ length: words }, (_, index) => `wort${index}`).join(' ');

describe('topicTerms', () => {
  it('takes the words of the topic’s name, then of its description, not their function words', () => {
    expect(topicTerms({ title: 'Akzeptanz in Wohngebieten' })).toEqual([['Akzeptanz', 'Wohngebieten'], []]);
    expect(
      topicTerms({ title: 'Wissenschaft-Praxis-Transfer', description: 'Beispiele aus der Praxis.' }),
    ).toEqual([
      ['Wissenschaft', 'Praxis', 'Transfer'],
      ['Beispiele', 'Praxis'],
    ]);
  });
});

describe('keyPassageExcerpt', () => {
  it('gives a short passage whole, the topic’s words marked in any of their forms', () => {
    const parts = keyPassageExcerpt('Die Welcome Points vernetzen Träger.', [
      ['Welcome', 'Points', 'Vernetzung'],
    ]);
    // Words of the name side by side are one mark.
    expect(shown(parts)).toBe('Die [Welcome Points vernetzen] Träger.');
  });

  it('cuts around the topic’s words where the passage names them late, from the start of their sentence', () => {
    const text = `${filler(40)}. Die Welcome Points leisten ${filler(30)}.`;
    const result = shown(keyPassageExcerpt(text, [['Welcome', 'Points']], 120));
    expect(result.startsWith('…\u00a0Die [Welcome Points] leisten')).toBe(true);
    expect(result.endsWith('\u00a0…')).toBe(true);
    expect(result.length).toBeLessThanOrEqual(120 + 12);
  });

  it('does not end just before the topic’s words: the cut takes them in and goes on', () => {
    // The old cut, the first 120 letters, stopped at „… vor allem die“.
    const text = `${filler(18)} und nimmt dafür vor allem die Welcome Points als Instanzen in den Blick, ${filler(20)}.`;
    const result = shown(keyPassageExcerpt(text, [['Welcome', 'Points']], 120));
    expect(result).toContain('[Welcome Points] als Instanzen');
  });

  it('goes on a few words past a marked word near its end rather than stopping just after it', () => {
    const text =
      'Das Ehrenamt ist eine tragende Säule der Arbeit vor Ort, und das Ehrenamt braucht Anerkennung, ' +
      'Zeit und Räume, um zu wirken.';
    // 80 letters would stop right after the second „Ehrenamt“.
    const result = shown(keyPassageExcerpt(text, [['Ehrenamt']], 80));
    expect(result).toContain('das [Ehrenamt] braucht Anerkennung');
    expect(result.endsWith('\u00a0…')).toBe(true);
  });

  it('shows as many of the topic’s words as fit, rather than the first one alone', () => {
    const text = `Ehrenamt ${filler(40)}. Das Ehrenamt und das Hauptamt arbeiten zusammen.`;
    const result = shown(keyPassageExcerpt(text, [['Ehrenamt', 'Hauptamt']], 100));
    expect(result).toContain('[Hauptamt]');
    expect(result).toContain('[Ehrenamt]');
  });

  it('begins at the passage’s start when its start already shows the words', () => {
    const text = `Die Befragung ergab ${filler(60)}.`;
    expect(shown(keyPassageExcerpt(text, [['Befragungen']], 80)).startsWith('Die [Befragung] ergab')).toBe(
      true,
    );
  });

  it('falls back on the description’s words where the passage does not use the name’s', () => {
    const text = `${filler(40)}. Dazu wurden Interviews geführt, ${filler(30)}.`;
    const result = shown(keyPassageExcerpt(text, [['Befragungen'], ['Interviews', 'Nadelmethode']], 100));
    // Cut around them, but not marked: they are not the topic's name.
    expect(result).toContain('Interviews geführt');
    expect(result).not.toContain('[');
  });

  it('gives a passage that names the topic at its end a whole excerpt, not a short tail', () => {
    const text = `${filler(40)}. Am Ende kommt das Ehrenamt.`;
    const result = shown(keyPassageExcerpt(text, [['Ehrenamt']], 120));
    expect(result.endsWith('das [Ehrenamt].')).toBe(true);
    expect(result.length).toBeGreaterThan(100);
  });

  it('gives the first words of a passage that names none of them', () => {
    const text = filler(80);
    expect(keyPassageExcerpt(text, [['Welcome'], ['Points']], 50)).toEqual([
      { text: excerpt(text, 50).replace(/ …$/u, '\u00a0…'), marked: false },
    ]);
  });
});
