/**
 * Small, strict readers for BibTeX and RIS, enough to check that the downloads are well formed:
 * balanced braces, `name = {value}` fields, RIS tags of two characters, `TY` first and `ER` last.
 */

export interface BibtexEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** Reads one BibTeX entry; throws on anything malformed. */
export function parseBibtex(source: string): BibtexEntry {
  const head = /^\s*@([a-z]+)\{([^,\s{}]+),/iu.exec(source);
  if (!head) throw new Error('no "@type{key," at the start');
  let position = head[0].length;
  const fields: Record<string, string> = {};
  const skipSpace = () => {
    while (/\s/u.test(source[position] ?? '')) position += 1;
  };
  for (;;) {
    skipSpace();
    if (source[position] === '}') break;
    const name = /^([a-z]+)\s*=\s*\{/iu.exec(source.slice(position));
    if (!name?.[1])
      throw new Error(`expected "name = {" at ${position}: ${source.slice(position, position + 30)}`);
    position += name[0].length;
    let depth = 1;
    const start = position;
    while (depth > 0) {
      const char = source[position];
      if (char === undefined) throw new Error(`unbalanced braces in field ${name[1]}`);
      if (char === '\\') position += 1;
      else if (char === '{') depth += 1;
      else if (char === '}') depth -= 1;
      position += 1;
    }
    const field = name[1].toLowerCase();
    if (field in fields) throw new Error(`field ${field} twice`);
    fields[field] = source.slice(start, position - 1);
    skipSpace();
    if (source[position] === ',') position += 1;
  }
  if (source.slice(position + 1).trim() !== '') throw new Error('text after the entry');
  return { type: head[1]?.toLowerCase() ?? '', key: head[2] ?? '', fields };
}

/** Reads one RIS record into tag → values; throws on anything malformed. */
export function parseRis(source: string): Map<string, string[]> {
  const lines = source.split(/\r\n/u);
  if (lines.at(-1) === '') lines.pop();
  const record = new Map<string, string[]>();
  lines.forEach((line, index) => {
    const match = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/u.exec(line);
    if (!match?.[1]) throw new Error(`line ${index + 1} is not "XX  - value": ${JSON.stringify(line)}`);
    record.set(match[1], [...(record.get(match[1]) ?? []), match[2] ?? '']);
  });
  if (!lines[0]?.startsWith('TY  - ')) throw new Error('the record does not start with TY');
  if (lines.at(-1) !== 'ER  -') throw new Error('the record does not end with ER');
  return record;
}
