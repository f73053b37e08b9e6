/**
 * The blocks a report is read into, whatever its format: a heading, a paragraph or an item of a numbered
 * list. The readers (`read-*.ts`) and the source-text rules (`source-text.ts`) produce them; `headings.ts`
 * classifies a block of text as one of them; `sections.ts` groups them into sections.
 */

/** One block of the report: a heading, a paragraph or an item of a numbered list. */
export type SourceBlock =
  | { kind: 'heading'; number: string | null; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; ordinal: number; text: string };
