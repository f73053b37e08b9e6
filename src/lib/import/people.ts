/**
 * Finding the people a report introduces, in the general ways German reports phrase it: a name in a
 * section heading („Vera Schwarzenberg und Felix Leßke: …“, „Schlusskommentar durch Prof. Dr. …“), a
 * name with an academic title anywhere („Prof. Dr. … von der … stellte … vor“), and a name without one
 * where a sentence introduces it: at the start, followed by an apposition, a second name or a verb
 * („Lisa Scholten, wissenschaftliche Mitarbeiterin bei …, und …“, „Ralf Zimmer-Hegmann ist …“), or
 * right after a verb or noun of presenting („Den Auftakt machte Tom Becker“, „Es folgte ein Vortrag
 * von …“). A name after „unter der Leitung von“, „laut“ or the like is mentioned, not presenting.
 *
 */

/** Academic titles before a name: `Prof. Dr.`, `Prof. em. Dr.`, `Dr. phil.`, `PD Dr.`, `Jun.-Prof.`. */
export const HONORIFIC =
  '(?:(?:Prof\\.|Professorin|Professor|Dr\\.|PD|Jun\\.-Prof\\.|Dipl\\.-\\p{L}+\\.)' +
  '(?:\\s+(?:em\\.|apl\\.|h\\.\\s?c\\.|phil\\.|rer\\.\\s?(?:nat|pol|soc)\\.|med\\.|habil\\.|Dr\\.|Prof\\.))*)';
/** A capitalised name word, hyphenated parts each capitalised: `Zimmer-Hegmann`, `Leßke`. */
const WORD = "(?!(?:Prof|Dr|Dipl|Jun|PD)\\b)\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)*(?![\\p{L}'’-])";
/** Lower-case parts of family names. */
export const PARTICLE = '(?:van|von|vom|de|del|della|der|den|ter|ten|zu|da|di|du|le|la|al|el|bin|ibn)';
/** Given name and family name: `Ulrich Deinet`, `Anne van Rießen`, `Anna M. Berg`. */
const NAME = `${WORD}(?:\\s+\\p{Lu}\\.)?\\s+(?:${PARTICLE}(?:\\s+${PARTICLE})?\\s+)?${WORD}`;
const PERSON = `(?:${HONORIFIC}\\s+)?${NAME}`;
/** Names joined by commas and „und“ / „sowie“. */
const PERSON_LIST = `${PERSON}(?:(?:\\s*,\\s*|\\s+(?:und|sowie)\\s+)${PERSON})*`;

/**
 * Verbs and nouns that say someone presents, in the forms reports use: past and present, singular
 * and plural.
 */
const PRESENTING_WORDS = [
  // verbs, past and present
  'begrüßt(?:e|en)? eröffnet(?:e|en)? stellt(?:e|en)? präsentiert(?:e|en)? berichtet(?:e|en)?',
  'referiert(?:e|en)? sprach(?:en)? spricht erläutert(?:e|en)? führt(?:e|en)? gab(?:en)? gibt',
  'hielt(?:en)? hält skizziert(?:e|en)? zeigt(?:e|en)? beleuchtet(?:e|en)? diskutiert(?:e|en)?',
  'kommentiert(?:e|en)? hob(?:en)? fasst(?:e|en)? trug(?:en)? machte(?:n)? schloss(?:en)? ging(?:en)?',
  'widmet(?:e|en)? thematisiert(?:e|en)? moderiert(?:e|en)? leitet(?:e|en)? ist sind war waren',
  // nouns
  'Vortrag Vortrags Beitrag Beitrags Kommentar Referat Impuls Input Keynote Grußwort Grußworte',
  'Moderation Referent Referentin Referierende Referentinnen Referenten',
]
  .join(' ')
  .split(' ');
const PRESENTING = new RegExp(`\\b(?:${PRESENTING_WORDS.join('|')})\\b`, 'u');
/** What may follow a name at the start of a sentence that introduces it. */
const AFTER_INTRODUCED_NAME = new RegExp(
  `^(?:\\s*,|\\s+\\(|\\s+(?:und|sowie)\\s|\\s+${PRESENTING.source})`,
  'u',
);
/** „ist“, „sind“ after a name introduce a person only with a role at an organisation („… ist Leiter am …“). */
const COPULA = /^\s+(?:ist|sind|war|waren)\b/u;
/** Words before a name that make it a mention: the person leads, is quoted, or is named in passing. */
const MENTIONING = new RegExp(
  '(?:Leitung\\s+(?:von|durch)|Leitung:|im\\s+Auftrag\\s+(?:von|des|der)|laut|nach\\s+Angaben\\s+(?:von|des|der)|' +
    'zitiert(?:e|en)?|vgl\\.|Moderation\\s+(?:von|durch)|moderiert\\s+(?:von|durch))\\s*$',
  'u',
);
/** „moderierte“ right after a list of names: they moderated. */
const MODERATING_AFTER = /^\s+moderiert(?:e|en)?\b/u;
/** Words that start sentences but never a name: articles, pronouns, prepositions, conjunctions. */
const NOT_A_GIVEN_NAME = new Set(
  (
    'Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Dieser Diese Dieses Diesen Jede Jeder Jedes ' +
    'Im In Am An Auf Aus Bei Mit Nach Von Vom Vor Zu Zum Zur Für Über Unter Durch Gegen Ohne Um Seit Bis ' +
    'Und Oder Aber Doch Denn Sowie Als Wie Wenn Weil Dass Ob Obwohl Während Nachdem Bevor Damit Dabei ' +
    'Dazu Darauf Daraus Danach Davor Zudem Auch Nur Noch Schon So Sie Er Es Wir Ihr Ich Man Sein Seine ' +
    'Ihre Ihren Ihrem Ihrer Unser Unsere Alle Viele Einige Mehrere Beide Andere Weitere Neben Zwischen ' +
    'Wer Was Wie Wo Wann Warum Welche Welcher Welches Welchen Welchem Weshalb Wozu Woher Wohin ' +
    'Insgesamt Anschließend Abschließend Eingangs Zunächst Zuletzt Schließlich Außerdem Ferner Hier Dort Heute'
  ).split(' '),
);

/** A person as the text names them. */
export interface NamedPerson {
  /** Given and family name: `Anne van Rießen`. */
  name: string;
  /** The academic title the text gives: `Prof. Dr.`. */
  honorific: string | undefined;
  /** Where in the sentence the name (with its title) starts and ends. */
  start: number;
  end: number;
  /** Where the list of names it stands in ends: what follows says who they are. */
  listEnd: number;
  /** A role the text gives before the name („die Dezernentin für Soziales, Sabine Krüger-Alt,“). */
  roleBefore?: string | undefined;
}

const personPattern = new RegExp(`(?<honorific>${HONORIFIC}\\s+)?(?<name>${NAME})`, 'gu');

/** The people of a list of names: `Prof. Dr. A B und C D`. */
function peopleIn(text: string, offset = 0): NamedPerson[] {
  return [...text.matchAll(personPattern)].map((match) => ({
    name: match.groups?.['name'] ?? '',
    honorific: match.groups?.['honorific']?.trim() || undefined,
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    listEnd: offset + match.index + match[0].length,
  }));
}

const startsWithGivenName = (list: string) => !NOT_A_GIVEN_NAME.has(list.split(/\s+/u)[0] ?? '');

/**
 * The people a section heading names as its presenters: before a colon („A und B: Titel“) or after
 * „durch“, „von“ or „mit“ at its end („Schlusskommentar durch Prof. Dr. C D“). The title without the
 * names is the heading's short form.
 */
export function headingPeople(title: string): {
  people: NamedPerson[];
  /** The title without the names before it, as the section's short title. */
  shortTitle: string | undefined;
  /** The title without any names, for the section's address. */
  topic: string;
} {
  const before = new RegExp(`^(${PERSON_LIST}):\\s+(\\S.*)$`, 'u').exec(title);
  if (before?.[1] && before[2] && startsWithGivenName(before[1])) {
    return { people: peopleIn(before[1]), shortTitle: before[2], topic: before[2] };
  }
  const after = new RegExp(`\\s(?:durch|von|mit)\\s+(${PERSON_LIST})$`, 'u').exec(title);
  if (after?.[1] && startsWithGivenName(after[1])) {
    const topic = title.slice(0, after.index);
    return { people: peopleIn(after[1], title.length - after[1].length), shortTitle: undefined, topic };
  }
  return { people: [], shortTitle: undefined, topic: title };
}

/** How a person occurs in a sentence. */
export interface PersonInSentence extends NamedPerson {
  /** True when the sentence introduces them as presenting; false when it mentions them. */
  presenting: boolean;
  /** True when the sentence says they moderated („Moderiert wurde … von …“, „Moderation: …“, „… moderierte“). */
  moderating: boolean;
}

/** The people a sentence names, and whether it introduces them as presenting. */
export function peopleInSentence(sentence: string): PersonInSentence[] {
  const found = new Map<number, NamedPerson>();
  const presentingSentence = PRESENTING.test(sentence);
  // Names with an academic title, anywhere.
  for (const person of peopleIn(sentence)) if (person.honorific) found.set(person.start, person);
  // A list of names at the start of the sentence, introduced by what follows it.
  const opening = new RegExp(`^${PERSON_LIST}`, 'u').exec(sentence);
  const rest = sentence.slice(opening?.[0].length ?? 0);
  if (
    opening &&
    startsWithGivenName(opening[0]) &&
    AFTER_INTRODUCED_NAME.test(rest) &&
    (!COPULA.test(rest) || appositionAfter(rest).organization !== undefined)
  ) {
    for (const person of peopleIn(opening[0]))
      found.set(person.start, { ...person, listEnd: opening[0].length });
    // „A, Leiterin des …, und B stellten vor“: the name after the apposition presents too.
    const second = new RegExp(`^,[^,]{2,80},\\s+(?:und|sowie)\\s+(${PERSON_LIST})`, 'u').exec(rest);
    if (second?.[1] && startsWithGivenName(second[1])) {
      const offset = opening[0].length + second[0].length - second[1].length;
      for (const person of peopleIn(second[1], offset))
        found.set(person.start, { ...person, listEnd: offset + second[1].length });
    }
  }
  // Names right after a verb or noun of presenting („machte Tom Becker“, „Vortrag von Anna Berg“).
  const afterVerb = new RegExp(`${PRESENTING.source}(?:\\s+(?:von|durch))?\\s*:?\\s+(${PERSON_LIST})`, 'gu');
  for (const match of sentence.matchAll(afterVerb)) {
    const list = match[1] ?? '';
    if (!startsWithGivenName(list)) continue;
    const offset = match.index + match[0].length - list.length;
    for (const person of peopleIn(list, offset))
      found.set(person.start, { ...person, listEnd: offset + list.length });
  }
  // A name between commas after a role („sprach die Dezernentin für Soziales, Sabine Krüger-Alt, ein Grußwort“).
  if (presentingSentence) {
    const between = new RegExp(`(?:\\b(?:der|die|den|dem)\\s+([^,]{3,60}?))?,\\s+(${PERSON_LIST}),`, 'gu');
    for (const match of sentence.matchAll(between)) {
      const list = match[2] ?? '';
      if (!startsWithGivenName(list)) continue;
      const offset = match.index + match[0].length - 1 - list.length;
      for (const person of peopleIn(list, offset)) {
        found.set(person.start, { ...person, listEnd: offset + list.length, roleBefore: match[1]?.trim() });
      }
    }
  }
  // Who moderated is named, not presenting („Moderiert wurde der Fachtag von Aylin Demir“,
  // „Moderation: Aylin Demir“).
  const moderated = new RegExp(
    `(?:(?:[Mm]oderation|[Mm]oderiert(?:e|en)?)(?:\\s+\\S+){0,4}?\\s+(?:von|durch)|[Mm]oderation:)\\s+(${PERSON_LIST})`,
    'gu',
  );
  const moderators = new Set<number>();
  for (const match of sentence.matchAll(moderated)) {
    const list = match[1] ?? '';
    if (!startsWithGivenName(list)) continue;
    const offset = match.index + match[0].length - list.length;
    for (const person of peopleIn(list, offset)) {
      found.set(person.start, { ...person, listEnd: offset + list.length });
      moderators.add(person.start);
    }
  }
  return [...found.values()]
    .sort((a, b) => a.start - b.start)
    .map((person) => {
      // „Aylin Demir moderierte die Diskussion“: the verb right after the names.
      const moderating =
        moderators.has(person.start) || MODERATING_AFTER.test(sentence.slice(person.listEnd));
      return {
        ...person,
        moderating,
        presenting: presentingSentence && !moderating && !MENTIONING.test(sentence.slice(0, person.start)),
      };
    });
}

/**
 * A family name with its academic title, as reports refer back to someone introduced before:
 * `Dr. van Rießen`, `Prof. Dr. Farrokhzad`.
 */
export function shortReferences(sentence: string): { honorific: string; familyName: string }[] {
  const pattern = new RegExp(
    `(${HONORIFIC})\\s+((?:${PARTICLE}\\s+)?${WORD})(?!\\s+(?:${PARTICLE}\\s+)?\\p{Lu})`,
    'gu',
  );
  return [...sentence.matchAll(pattern)].map((match) => ({
    honorific: match[1] ?? '',
    familyName: match[2] ?? '',
  }));
}

/** The name for sorting: `Anne van Rießen` → `Rießen, Anne van`. */
export function sortNameOf(name: string): string {
  const words = name.split(/\s+/u);
  const familyStart = words.findIndex(
    (word, index) => index > 0 && new RegExp(`^${PARTICLE}$`, 'u').test(word),
  );
  if (familyStart > 0) {
    const particles = words.slice(familyStart, -1);
    return `${words[words.length - 1]}, ${[...words.slice(0, familyStart), ...particles].join(' ')}`;
  }
  return `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}`;
}

/** The family name (with its particles) of a full name: `Anne van Rießen` → `van Rießen`. */
export function familyNameOf(name: string): string {
  const words = name.split(/\s+/u);
  const familyStart = words.findIndex(
    (word, index) => index > 0 && new RegExp(`^${PARTICLE}$`, 'u').test(word),
  );
  return words.slice(familyStart > 0 ? familyStart : -1).join(' ');
}

/** What a sentence says about a person right after naming them: a role and an organisation. */
export interface Apposition {
  /** The role as the text words it: `Gastprofessorin`, `wissenschaftliche Mitarbeiterin`. */
  role: string | undefined;
  /** The organisation as the text names it: `Hochschule Düsseldorf`. */
  organization: string | undefined;
  /** The abbreviation in brackets after it: `INTERKULT`. */
  shortName: string | undefined;
  /** The place after it: `in Dortmund`. */
  place: string | undefined;
}

/** A relative clause after a name says what they did, not who they are („, der die Beiträge …“). */
const RELATIVE = '(?:der|die|das|dem|den|deren|dessen|welche[rsnm]?|wer|was|wie|wo)\\b';
const ORG_PREPOSITION =
  '(?:bei|beim|an der|an dem|am|im|in der|in den|vom|von der|von den|aus der|aus dem|der|des)';
/** Words that may stand inside an organisation's name in lower case. */
const ORG_CONNECTORS = new Set(['für', 'und', 'der', 'des', 'zu', 'im', 'am', 'an', 'von', 'auf', 'in']);
/** Legal forms that end an organisation's name in lower case: `gGmbH`, `e.V.`. */
const LEGAL_FORM = /^(?:gGmbH|GmbH|mbH|e\.\s?V\.?|gUG|AG|GbR|eG|KG)$/u;

/**
 * An organisation's name at the start of `text`: capitalised words and the small words names use
 * („Institut für Landes- und Stadtentwicklungsforschung“), up to a comma, a bracket, a verb, or
 * „in <Ort>“.
 */
export function organizationAt(text: string): Omit<Apposition, 'role'> | undefined {
  const words: string[] = [];
  let place: string | undefined;
  let shortName: string | undefined;
  const tokens = text.trim().split(/\s+/u);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1] ?? '';
    const bare = token.replace(/[,;.]$/u, '');
    if (token === 'in' && /^\p{Lu}/u.test(next) && words.length > 0) {
      place = next.replace(/[,;.)]+$/u, '');
      break;
    }
    const capitalised =
      /^[„"]?[\p{Lu}\d]/u.test(bare) ||
      /^[–-]$/u.test(bare) ||
      /^\p{Ll}+-$/u.test(bare) ||
      LEGAL_FORM.test(bare);
    if (!capitalised && !(ORG_CONNECTORS.has(bare) && words.length > 0 && /^[„"]?\p{Lu}/u.test(next))) break;
    words.push(bare);
    if (bare !== token) break;
    const abbreviation = /^\(([\p{Lu}\d-]{2,})\)[,;.]?$/u.exec(next);
    if (abbreviation) {
      shortName = abbreviation[1];
      break;
    }
  }
  while (
    words.length > 0 &&
    /^(?:[–-]|und|für|der|des|zu|im|am|an|von|auf|in)$/u.test(words[words.length - 1] ?? '')
  )
    words.pop();
  const organization = words
    .join(' ')
    .replace(/[„“"”]/gu, '')
    .trim();
  if (organization === '') return undefined;
  return { organization, shortName, place };
}

/**
 * The role and organisation a sentence gives right after a name (or a list of names): „, Gastprofessorin
 * an der Hochschule Düsseldorf,“ „ von der Technischen Hochschule Köln“, „ ist Forschungsgruppenleiter am …“.
 */
export function appositionAfter(rest: string): Apposition {
  const none: Apposition = {
    role: undefined,
    organization: undefined,
    shortName: undefined,
    place: undefined,
  };
  const roleAndOrg = new RegExp(
    `^(?:\\s*,\\s*|\\s+(?:ist|sind|war|waren|als)\\s+)(?!\\s*${RELATIVE})([^,;]{2,80}?)\\s+${ORG_PREPOSITION}\\s+(.*)$`,
    'u',
  ).exec(rest);
  if (roleAndOrg?.[1] && roleAndOrg[2] !== undefined) {
    const organization = organizationAt(roleAndOrg[2]);
    if (organization) return { role: roleAndOrg[1].trim(), ...organization };
  }
  const orgOnly = new RegExp(`^\\s+(?:von der|von den|vom|aus der|aus dem|von|aus)\\s+(.*)$`, 'u').exec(rest);
  if (orgOnly?.[1] !== undefined) {
    const organization = organizationAt(orgOnly[1]);
    if (organization) return { role: undefined, ...organization };
  }
  const bracket = /^\s+\(([^)]+)\)/u.exec(rest);
  if (bracket?.[1]) return { ...none, organization: bracket[1].trim() };
  // A role alone between commas: „, Quartiersmanager in Bochum-Wattenscheid,“.
  const roleOnly = new RegExp(`^\\s*,\\s*(?!\\s*${RELATIVE})([^,;]{2,80}?),`, 'u').exec(rest);
  if (roleOnly?.[1] && !new RegExp(`^${PERSON}$`, 'u').test(roleOnly[1]))
    return { ...none, role: roleOnly[1].trim() };
  return none;
}
