import { describe, expect, it } from 'vitest';
import { splitAfterSlashes } from '~/lib/content/line-breaks';

describe('line breaks in the reading text', () => {
  it('allows a break after a slash between two words, keeping every character', () => {
    const text = 'insbesondere Angebote/Freizeitbeschäftigungen von Interesse';
    const parts = splitAfterSlashes(text);
    expect(parts).toEqual(['insbesondere Angebote/', 'Freizeitbeschäftigungen von Interesse']);
    expect(parts.join('')).toBe(text);
  });

  it('leaves slashes that do not join two words alone', () => {
    for (const text of ['2017/2018', 'und / oder', 'Kein Schrägstrich', 'https://'])
      expect(splitAfterSlashes(text), text).toEqual([text]);
  });
});
