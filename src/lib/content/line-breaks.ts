/**
 * Where a line may break in the reading text without a hyphen and without losing a letter: after a
 * slash between two words („Angebote/Freizeitbeschäftigungen“). Such a pair is one long token to the
 * browser; at 320 px it would otherwise be cut inside a word (overflow-wrap) with no hyphen. The break
 * is a `<wbr>` element: no character, so copying, search and the fidelity checks see the text unchanged.
 */
import type { HastPluginEntry } from 'satteri';

/** The parts of a text, each slash between two letters ending a part. */
export function splitAfterSlashes(text: string): string[] {
  return text.split(/(?<=\p{L}\/)(?=\p{L})/u);
}

/** A Sätteri hast plugin: a `<wbr>` after every slash between two letters in a text node. */
export function breakAfterSlashes(): HastPluginEntry {
  return () => ({
    name: 'break-after-slashes',
    text(node, ctx) {
      const parts = splitAfterSlashes(node.value);
      if (parts.length < 2) return;
      ctx.replaceNode(
        node,
        parts.flatMap((value, index) => [
          ...(index > 0 ? [{ type: 'element' as const, tagName: 'wbr', properties: {}, children: [] }] : []),
          { type: 'text' as const, value },
        ]),
      );
    },
  });
}
