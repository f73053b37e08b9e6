/**
 * The schema of `content/site.yaml`: who publishes the website. Every field may stay empty until it
 * is known; the Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit name what is missing.
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
  operator: optionalText,
  /** The operator's postal address, one line each. */
  address: z
    .array(z.string().trim().min(1))
    .nullish()
    .transform((lines) => lines ?? []),
  /** A contact e-mail address for readers; it also makes the footer's „Fehler melden“ link. */
  email: z
    .email()
    .nullish()
    .transform((value) => value ?? undefined),
  /** A telephone number, as it should be shown. */
  phone: optionalText,
  /** Who is responsible for the content (§ 18 Abs. 2 MStV), with an address if it differs. */
  responsible: optionalText,
  /** Who hosts the website (named in the Datenschutzerklärung). */
  host: optionalText,
  /** When the website's accessibility was last reviewed. */
  accessibilityReview: z.coerce
    .date()
    .nullish()
    .transform((value) => value ?? undefined),
});
export type SiteInfo = z.infer<typeof siteInfoSchema>;
