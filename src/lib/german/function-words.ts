/**
 * German function words: articles, pronouns, prepositions, conjunctions and particles, which carry no
 * topic of their own. A search that falls back to sections holding most of a query's words does not
 * count them (`Umfrage unter Helfern`: `unter` says nothing about a section). General German, not
 * taken from any report.
 */
const FUNCTION_WORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn ' +
    'von vom zu zum zur im in ins an am auf aus bei mit nach seit über unter vor hinter neben ' +
    'zwischen durch für gegen ohne um bis ab als wie wo was wer wen wem wessen welche welcher ' +
    'welches ich du er sie es wir ihr man sich mein dein sein unser euer ihre ihren ihrem ihres ' +
    'seine seinen seinem seiner dies diese dieser dieses diesem diesen jene jener jenes ' +
    'nicht kein keine keiner keinen auch noch nur schon sehr mehr viel viele alle allen aller ' +
    'ist sind war waren wird werden wurde wurden hat haben hatte hatten sein kann können ' +
    'dass ob wenn weil da so dann etwa ganz gibt über zur zum beim'
  ).split(' '),
);

/** Whether a word (any case) is a German function word. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
