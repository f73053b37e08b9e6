/**
 * Where code spells the content's folders itself instead of asking the table of the collections
 * (`src/lib/content/collections.ts`): read from the source with TypeScript's parser, so that comments
 * and docs may name `content/people/` while code may not. For `tests/unit/collections.test.ts`.
 */
import ts from 'typescript';
import { CONTENT_ROOT, contentCollections, contentFiles } from '#src/lib/content/collections.ts';
import { escapeRegExp } from '#src/lib/regexp.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';

const folders: readonly string[] = Object.values(contentCollections).map((collection) => collection.folder);
const names = [...folders, ...Object.values(contentFiles)].map(escapeRegExp).join('|');
/** `content/people`, `content/sections/…`, `content/site.yaml`. */
const underRoot = new RegExp(`(?:^|[^\\w.-])${escapeRegExp(CONTENT_ROOT)}/(?:${names})(?![\\w-])`, 'u');
/** A template's text after a value: `${root}/sections/…`. */
const afterValue = new RegExp(`^/(?:${folders.map(escapeRegExp).join('|')})(?:/|$)`, 'u');
/** Calls that build a path from their arguments: `join(root, 'events')`. */
const pathBuilders = new Set(['join', 'resolve', 'relative']);
/** The variable that moves the content root: read only by the table. */
const ROOT_VARIABLE = 'TAGUNGSDOKU_CONTENT';

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Why a literal of code spells a content folder, or `undefined` when it does not. */
function spelling(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node) && node.name.text === ROOT_VARIABLE) return ROOT_VARIABLE;
  if (!ts.isStringLiteralLike(node) && !ts.isTemplateMiddle(node) && !ts.isTemplateTail(node)) {
    return ts.isTemplateHead(node) && underRoot.test(node.text) ? node.text : undefined;
  }
  const { text } = node;
  if (underRoot.test(text) || text === ROOT_VARIABLE) return text;
  if ((ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && afterValue.test(text)) return text;
  const { parent } = node;
  const isPathPart =
    ts.isStringLiteral(node) &&
    ts.isCallExpression(parent) &&
    parent.arguments.includes(node) &&
    pathBuilders.has(calleeName(parent) ?? '');
  return isPathPart && folders.includes(text) ? text : undefined;
}

/**
 * Each place in a source file (TypeScript, JavaScript, or an Astro component's script) where code
 * spells a content folder, a content file or the content root's variable: `file:line: "content/people"`.
 */
export function spelledContentFolders(fileName: string, text: string): string[] {
  const isComponent = fileName.endsWith('.astro');
  // A component's script is its front matter, from its second line on.
  const script = isComponent ? (splitFrontMatter(text)?.frontMatter ?? '') : text;
  const kind = /\.m?js$/u.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, script, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const spelled = spelling(node);
    if (spelled !== undefined) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + (isComponent ? 2 : 1);
      found.push(`${fileName}:${line}: ${JSON.stringify(spelled)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
