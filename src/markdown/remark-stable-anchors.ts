/**
 * Stable, language-independent heading ids.
 *
 * MDX has no `{#id}` heading syntax, so authors mark a heading with a trailing
 * comment: `## 企业规模 {/* #size *\/}`. This plugin moves that id onto the
 * heading and removes the comment, so the table of contents shows the heading
 * text and links to the stable id instead of a slug of the (reworded) text.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Matches the body of a `{/* #id *\/}` expression; ids are lower-case ASCII words joined by '-'. */
const MARKER = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

interface ExpressionNode {
  type: 'mdxTextExpression';
  value: string;
}

/** Returns the id marked at the end of a heading, or undefined when it has none. */
export function readMarker(value: string): string | undefined {
  return MARKER.exec(value)?.[1];
}

export default function remarkStableAnchors() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const children = heading.children as unknown as Array<{ type: string; value?: string }>;
      const index = children.findIndex(
        (child) => child.type === 'mdxTextExpression' && readMarker(child.value ?? '') !== undefined,
      );
      if (index === -1) return;
      const marker = children[index] as ExpressionNode;
      const id = readMarker(marker.value) as string;
      children.splice(index, 1);
      // Drop the space that separated the text from the marker.
      const before = children[index - 1];
      if (before?.type === 'text' && typeof before.value === 'string') before.value = before.value.trimEnd();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
