/**
 * Markup an imported report keeps, as its author types it in Markdown: the pieces that more than one
 * test feeds to the importer or to the downloads' reader of the written text.
 */

/** A table of two columns and one row, each line as typed. */
export const markdownTable = ['| A | B |', '| --- | --- |', '| 1 | 2 |'];
