/** German sentences: where one ends and the next begins. */

/**
 * Common German abbreviations, and the initial of a name (`Lars G. Svensson`); a full stop after one of
 * them does not end a sentence.
 */
const ABBREVIATIONS = /(?:^|[\s(])(?:Prof|Dr|em|ca|bzw|ggf|Bsp|s|u\.a|v\.a|z\.B|Nr|\p{Lu})\.$/u;

/**
 * Splits a paragraph into sentences, for checks and reports that work sentence by sentence.
 * A full stop after a known abbreviation (`Prof.`, `v.a.`) does not end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(/(?<=[.?!:])\s+(?=[A-ZÄÖÜ„(])/u)) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && ABBREVIATIONS.test(previous)) {
      sentences[sentences.length - 1] = `${previous} ${piece}`;
    } else {
      sentences.push(piece);
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}
