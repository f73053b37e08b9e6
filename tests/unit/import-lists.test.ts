/**
 * An imported report's numbered lists get the ids of the site's passage vocabulary, so that every
 * item has its passage link and can be a topic's passage: findings `ergebnis-N`, steps `schritt-N`,
 * other points `punkt-N`, by the sentence that leads into the list. The lead-ins are made up here.
 */
import { describe, expect, it } from 'vitest';
import { passagesOf, readDocument } from '#src/lib/content/document.ts';
import { isPassageId, passageLabel } from '#src/lib/content/passages.ts';
import { listKind } from '#src/lib/content/list-kind.ts';
import { sectionBody } from '#src/lib/import/plan.ts';
import type { SectionBlock } from '#src/lib/import/sections.ts';

describe('the kind of an imported list', () => {
  it('is named by the sentence that leads into it, also inside a compound', () => {
    expect(listKind('Die Studie kommt zu folgenden Ergebnissen:')).toBe('ergebnis');
    expect(listKind('Frau Kolb fasste die Zwischenergebnisse so zusammen:')).toBe('ergebnis');
    expect(listKind('Als nächste Schritte nannte sie:')).toBe('schritt');
    expect(listKind('Geplant sind drei weitere Arbeitsschritte:')).toBe('schritt');
  });

  it('takes the kind the lead-in names first, and only its last sentence', () => {
    expect(listKind('Weitere Forschungsschritte sollen die Ergebnisse vertiefen:')).toBe('schritt');
    expect(listKind('Die Ergebnisse zeigen vier Schritte:')).toBe('ergebnis');
    expect(listKind('Die Ergebnisse liegen vor. Genannt wurden:')).toBe('punkt');
  });

  it('is a plain point when nothing leads into it or the lead-in names no kind', () => {
    expect(listKind(undefined)).toBe('punkt');
    expect(listKind('Okafor unterschied drei Arten von Orten:')).toBe('punkt');
  });
});

describe('the ids of an imported section’s list items', () => {
  const blocks: SectionBlock[] = [
    { kind: 'paragraph', text: 'Die Befragung brachte erste Ergebnisse:' },
    { kind: 'list', items: ['Viele kennen das Angebot.', 'Wenige nutzen es.'] },
    { kind: 'paragraph', text: 'Daraus folgen die nächsten Schritte:' },
    { kind: 'list', items: ['Das Angebot bekannter machen.'] },
    { kind: 'paragraph', text: 'Weitere Ergebnisse betreffen das Ehrenamt:' },
    { kind: 'list', items: ['Ehrenamtliche sind unentbehrlich.'] },
    { kind: 'list', items: ['Ohne Einleitung.'] },
  ];
  const { body, listIds } = sectionBody(blocks);

  it('count each kind through the section, as the hand-made report’s lists do', () => {
    expect(listIds).toEqual(['ergebnis-1', 'ergebnis-2', 'schritt-1', 'ergebnis-3', 'punkt-1']);
    // The text is plain Markdown without ids; a list right after another takes the other delimiter.
    expect(body).not.toContain('<li');
    expect(body).toContain(
      'Weitere Ergebnisse betreffen das Ehrenamt:\n\n1. Ehrenamtliche sind unentbehrlich.',
    );
    expect(body).toContain('\n\n1) Ohne Einleitung.');
  });

  it('are passages: the document tree finds each item with its text, and readers see its name', () => {
    expect(listIds.every(isPassageId)).toBe(true);
    const passages = passagesOf(readDocument(body, 'x.mdx')).filter(({ id }) => !id.startsWith('absatz-'));
    expect(passages).toEqual([
      { id: 'ergebnis-1', text: 'Viele kennen das Angebot.' },
      { id: 'ergebnis-2', text: 'Wenige nutzen es.' },
      { id: 'schritt-1', text: 'Das Angebot bekannter machen.' },
      { id: 'ergebnis-3', text: 'Ehrenamtliche sind unentbehrlich.' },
      { id: 'punkt-1', text: 'Ohne Einleitung.' },
    ]);
    expect(listIds.map(passageLabel)).toEqual([
      'Ergebnis 1',
      'Ergebnis 2',
      'Schritt 1',
      'Ergebnis 3',
      'Punkt 1',
    ]);
  });
});
