/**
 * The schema of `content/site.yaml`: who publishes the website. Every field may stay empty until it
 * is known; the Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit name what is missing.
 * `.meta()` holds what the editor at `/admin/` shows for each field (see `src/schemas/index.ts`).
 */
import { z } from 'astro/zod';

/** An optional line of text: empty (`~` or nothing) means not yet known. */
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : undefined));

export const siteInfoSchema = z.strictObject({
  /** Who runs the website: a person or an institution (Diensteanbieter, § 5 DDG). */
  operator: optionalText.meta({
    title: 'Betreiber',
    description: 'Wer die Website betreibt: eine Person oder eine Institution (Diensteanbieter, § 5 DDG).',
  }),
  /** The operator's postal address, one line each. */
  address: z
    .array(z.string().trim().min(1))
    .nullish()
    .transform((lines) => lines ?? [])
    .meta({
      title: 'Anschrift',
      singular: 'Zeile',
      description: 'Die Postanschrift des Betreibers, eine Zeile je Eintrag.',
    }),
  /** A contact e-mail address for readers; it also makes the footer's „Fehler melden“ link. */
  email: z
    .email()
    .nullish()
    .transform((value) => value ?? undefined)
    .meta({
      title: 'E-Mail',
      description:
        'Kontaktadresse für Leserinnen und Leser; unten auf jeder Seite wird daraus „Fehler melden“.',
    }),
  /** A telephone number, as it should be shown. */
  phone: optionalText.meta({ title: 'Telefon', description: 'So, wie die Nummer angezeigt werden soll.' }),
  /** Who is responsible for the content (§ 18 Abs. 2 MStV), with an address if it differs. */
  responsible: optionalText.meta({
    title: 'Verantwortlich für den Inhalt',
    description: 'Nach § 18 Abs. 2 MStV: Name, dazu die Anschrift, wenn sie von der des Betreibers abweicht.',
  }),
  /** Who hosts the website (named in the Datenschutzerklärung). */
  host: optionalText.meta({
    title: 'Hosting-Anbieter',
    description: 'Wer die Website technisch bereitstellt; er wird in der Datenschutzerklärung genannt.',
  }),
  /** When the website's accessibility was last reviewed. */
  accessibilityReview: z.coerce
    .date()
    .nullish()
    .transform((value) => value ?? undefined)
    .meta({ title: 'Letzte Prüfung der Barrierefreiheit', description: 'Das Datum der letzten Prüfung.' }),
});
export type SiteInfo = z.infer<typeof siteInfoSchema>;
