/**
 * The pieces of the patterns that find speakers: how a name is written, and the words German and English
 * reports use to say that someone spoke. General vocabulary of reporting, not taken from any report.
 */
import { HONORIFIC, PARTICLE } from '#src/lib/import/people.ts';

/** One word of a name: `Böhme`, `Zimmer-Hegmann`, `O'Briant`, `McNaughton`, `FitzJohn`. */
export const NAME_WORD =
  "(?!(?:Prof|Dr|Dipl|Jun|PD)\\b)(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)*(?![\\p{L}'’-])";
/** Given name, initials, particles, family name, and a third word (`Julia Stewart Lowndes`). */
export const FULL_NAME =
  `${NAME_WORD}(?:\\s+\\p{Lu}\\.)*\\s+(?:${PARTICLE}(?:\\s+${PARTICLE})?\\s+)?${NAME_WORD}` +
  `(?:\\s+(?!${PARTICLE}\\b)${NAME_WORD})?`;
/** A name with its academic title. */
export const PERSON = `(?:${HONORIFIC}\\s+)?${FULL_NAME}`;
/** Names joined by commas and „und“, „sowie“, „and“, „&“. */
export const PERSON_LIST = `${PERSON}(?:(?:\\s*,\\s*(?:and\\s+|und\\s+)?|\\s+(?:und|sowie|and|&)\\s+)${PERSON})*`;

/** Verbs of presenting and of reported speech, German (past, present, participle) and English. */
const VERBS = [
  // German: presenting
  'begrüßt(?:e|en)? eröffnet(?:e|en)? stellt(?:e|en)? präsentiert(?:e|en)? berichtet(?:e|en)? referiert(?:e|en)?',
  'sprach(?:en)? spricht erläutert(?:e|en)? führt(?:e|en)? gab(?:en)? gibt hielt(?:en)? hält skizziert(?:e|en)?',
  'zeigt(?:e|en)? beleuchtet(?:e|en)? diskutiert(?:e|en)? kommentiert(?:e|en)? hob(?:en)? fasst(?:e|en)?',
  'trug(?:en)? schloss(?:en)? widmet(?:e|en)? thematisiert(?:e|en)? betrachtet(?:e|en)? beschrieb(?:en)?',
  'schildert(?:e|en)? demonstriert(?:e|en)? analysiert(?:e|en)? untersucht(?:e|en)? gewährt(?:e|en)?',
  'vermittelt(?:e|en)? lieferte(?:n)? ging(?:en)? kam(?:en)? legte(?:n)? zog(?:en)? bilanziert(?:e|en)?',
  // German: reported speech
  'betont(?:e|en)? warnt(?:e|en)? teilt(?:e|en)? erklärt(?:e|en)? sagt(?:e|en)? meint(?:e|en)? fordert(?:e|en)?',
  'plädiert(?:e|en)? unterstrich(?:en)? verwies(?:en)? wies(?:en)? mahnt(?:e|en)? resümiert(?:e|en)?',
  'argumentiert(?:e|en)? kritisiert(?:e|en)? formuliert(?:e|en)? nannte(?:n)? unterschied(?:en)?',
  'empfahl(?:en)? ergänzt(?:e|en)? fragt(?:e|en)? appelliert(?:e|en)? zeichnet(?:e|en)? rief(?:en)?',
  // German: participles of the passive („von X vorgestellt“) and the perfect („hat … vorgestellt“)
  'vorgestellt präsentiert gehalten gezeigt erläutert vorgetragen dargestellt berichtet referiert',
  // English
  'presented presents present presenting spoke speaks speak talked talks talk gave gives give delivered',
  'showed shows introduced introduces discussed discusses demonstrated explained argued highlighted',
  'described shared outlined reported said noted warned emphasized emphasised stressed',
];
/** Nouns that name a talk or its parts. */
const NOUNS = [
  'Vortrag Vortrags Vorträge Beitrag Beitrags Kommentar Tagungskommentar Referat Impuls Impulsreferat',
  'Input Keynote Grußwort Grußworte Workshop Präsentation Ausführungen Eröffnungsvortrag Festvortrag',
  'Abendvortrag Podium Panel Referent Referentin Referierende Referenten Referentinnen',
  'Vorträgen Keynotes Workshops Panels Sessions Session',
  'keynote keynotes talk talks presentation presentations tutorial tutorials lecture lectures workshop workshops',
  'panel panels session sessions speaker speakers presenter presenters',
];
const words = (lines: string[]) => lines.join(' ').split(' ');

/** A verb of presenting or reported speech, as a pattern. */
export const REPORTING_VERB = `(?:${words(VERBS).join('|')})`;
/** A noun that names a talk, as a pattern. */
export const TALK_NOUN = `(?:${words(NOUNS).join('|')})`;
/** Any word that says someone presents. */
export const PRESENTING_WORD = new RegExp(
  `(?<![\\p{L}-])(?:${REPORTING_VERB}|${TALK_NOUN})(?![\\p{L}-])`,
  'u',
);
/** Little words that may stand between a verb and the name („zeigte auch Jana Porsche“). */
export const ADVERB =
  '(?:auch|dann|zudem|ebenfalls|anschließend|schließlich|erst|noch|nun|hier|dort|dabei|also|jedoch|aber|' +
  'außerdem|zunächst|zuerst|heute|wiederum|dar|vor|heraus|hervor|ein|also|then|also|next|later)';
/** Words before a name that say it is where a place is, not who spoke („in San Francisco“). */
export const PLACE_BEFORE = /(?:^|\s)(?:in|nach|aus|im|am|at|to)\s*$/u;
