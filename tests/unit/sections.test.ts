import { describe, expect, it } from 'vitest';
import {
  depthOf,
  findChildren,
  findNeighbours,
  findParent,
  numberedTitle,
  parentNumber,
  sortByOrder,
} from '#src/lib/sections.ts';

const sections = [
  { order: 3, number: '2.1', slug: 'forschungsdesign' },
  { order: 0, number: undefined, slug: 'einleitung' },
  { order: 2, number: '2', slug: 'inteso' },
  { order: 1, number: '1', slug: 'begruessung' },
  { order: 4, number: '2.2', slug: 'online-befragung' },
];

describe('report structure', () => {
  it('sorts by order without changing the input', () => {
    expect(sortByOrder(sections).map((s) => s.slug)).toEqual([
      'einleitung',
      'begruessung',
      'inteso',
      'forschungsdesign',
      'online-befragung',
    ]);
    expect(sections[0]?.slug).toBe('forschungsdesign');
  });
  it('derives parents and depth from section numbers', () => {
    expect(parentNumber('2.1')).toBe('2');
    expect(parentNumber('2')).toBeUndefined();
    expect(parentNumber(undefined)).toBeUndefined();
    expect(depthOf('3.2')).toBe(2);
    expect(depthOf(undefined)).toBe(1);
    expect(findParent(sections[0]!, sections)?.slug).toBe('inteso');
    expect(findChildren(sections[2]!, sections).map((s) => s.slug)).toEqual([
      'forschungsdesign',
      'online-befragung',
    ]);
    expect(findChildren(sections[1]!, sections)).toEqual([]);
  });
  it('finds neighbours in reading order', () => {
    const { previous, next } = findNeighbours(sections[2]!, sections);
    expect(previous?.slug).toBe('begruessung');
    expect(next?.slug).toBe('forschungsdesign');
    expect(findNeighbours(sections[1]!, sections).previous).toBeUndefined();
    expect(findNeighbours(sections[4]!, sections).next).toBeUndefined();
  });
  it('titles sections with their number', () => {
    expect(numberedTitle({ number: '2.2', title: 'Online-Befragung' })).toBe('2.2 Online-Befragung');
    expect(numberedTitle({ title: 'Tagung' })).toBe('Tagung');
  });
});
