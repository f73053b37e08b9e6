import { describe, expect, it } from 'vitest';
import { groupPlaces, partName, placeSeparator } from '#src/lib/naming/place-list.ts';

const duesseldorf = { id: 'duesseldorf', name: 'Düsseldorf' };
const five = { id: 'd5', name: 'Düsseldorf, Stadtbezirk 5', partOf: { id: 'duesseldorf' } };
const six = { id: 'd6', name: 'Düsseldorf, Stadtbezirk 6', partOf: { id: 'duesseldorf' } };
const koeln = { id: 'koeln', name: 'Köln' };

describe('place lists', () => {
  it('puts the parts of a listed place in brackets after it, without its name', () => {
    const entries = groupPlaces([duesseldorf, five, six, koeln]);
    expect(entries.map((entry) => [entry.text, entry.parts.map((part) => part.text)])).toEqual([
      ['Düsseldorf', ['Stadtbezirk 5', 'Stadtbezirk 6']],
      ['Köln', []],
    ]);
    expect(placeSeparator(entries)).toBe(';');
  });

  it('keeps a part whose whole is not listed as it is, and separates with semicolons then', () => {
    const entries = groupPlaces([five, koeln]);
    expect(entries.map((entry) => entry.text)).toEqual(['Düsseldorf, Stadtbezirk 5', 'Köln']);
    expect(placeSeparator(entries)).toBe(';');
  });

  it('uses commas where no name has one', () => {
    expect(placeSeparator(groupPlaces([duesseldorf, koeln]))).toBe(',');
  });

  it('shortens a name only where it starts with the whole’s name', () => {
    expect(partName('Innenstadt', 'Köln')).toBe('Innenstadt');
    expect(partName('Köln, Innenstadt', 'Köln')).toBe('Innenstadt');
  });
});
