import { describe, expect, it } from 'vitest';
import {
  impressumProblem,
  legalFieldNames,
  legalFields,
  missingFields,
  parseSiteInfo,
} from '#src/lib/legal/site-info.ts';

describe('content/site.yaml', () => {
  it('reads empty fields as missing, by their German names', () => {
    const info = parseSiteInfo('operator:\naddress: []\nemail: ~\n', 'content/site.yaml');
    expect(missingFields(info, legalFieldNames)).toEqual(legalFieldNames);
    expect(legalFields.responsible).toContain('§ 18 Abs. 2 MStV');
  });

  it('counts a filled field as given and keeps the order the page asks for', () => {
    const info = parseSiteInfo(
      [
        'operator: Hochschule Beispiel',
        'address: [Musterstraße 1, 40000 Düsseldorf]',
        'email: redaktion@example.org',
        'accessibilityReview: 2026-01-15',
      ].join('\n'),
      'content/site.yaml',
    );
    expect(info.address).toEqual(['Musterstraße 1', '40000 Düsseldorf']);
    expect(info.accessibilityReview?.toISOString().slice(0, 10)).toBe('2026-01-15');
    expect(missingFields(info, ['responsible', 'operator', 'host', 'email'])).toEqual([
      'responsible',
      'host',
    ]);
  });

  it('reads an empty file as all fields missing', () => {
    expect(missingFields(parseSiteInfo('', 'content/site.yaml'), ['operator'])).toEqual(['operator']);
  });

  it('refuses bad input with the file and the field', () => {
    expect(() => parseSiteInfo('email: keine-adresse', 'content/site.yaml')).toThrow(
      /content\/site\.yaml: email: /u,
    );
    expect(() => parseSiteInfo('betreiber: X', 'content/site.yaml')).toThrow(
      /content\/site\.yaml: .*betreiber/u,
    );
  });

  it('names each missing Impressum field for a publication, and nothing once all are given', () => {
    const partly = parseSiteInfo('operator: Hochschule Beispiel\nemail: redaktion@example.org\n', 'x');
    const problem = impressumProblem(partly) ?? '';
    expect(problem).toMatch(/^content\/site\.yaml: /u);
    // The fields by their labels in the editor.
    expect(problem).toContain('„Anschrift“');
    expect(problem).toContain('„Verantwortlich für den Inhalt“');
    expect(problem).not.toContain('„Betreiber“');
    expect(problem).not.toContain('„E-Mail“');
    expect(problem).toContain('TAGUNGSDOKU_DRAFT=1');
    const complete = parseSiteInfo(
      [
        'operator: Hochschule Beispiel',
        'address: [Musterstraße 1, 40000 Düsseldorf]',
        'email: redaktion@example.org',
        'responsible: Erika Musterfrau, Anschrift wie oben',
      ].join('\n'),
      'x',
    );
    expect(impressumProblem(complete)).toBeUndefined();
  });
});
