/**
 * Markdown task lists (`- [ ] text`) render a bare, disabled checkbox beside the
 * text, which screen readers announce as an unlabelled control. Wrap each item's
 * checkbox and text in a <label> so the checkbox is named by its own item.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';

export default function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li') return;
      const classes = node.properties['className'];
      if (!Array.isArray(classes) || !classes.includes('task-list-item')) return;
      // Loose lists put the checkbox inside a <p>; label that paragraph's content instead.
      const holder =
        node.children.find(
          (child): child is Element =>
            child.type === 'element' && child.tagName === 'p' && child.children.some(isCheckbox),
        ) ?? node;
      const index = holder.children.findIndex(isCheckbox);
      if (index === -1) return;
      // Inline content up to the first nested list belongs to the label.
      const end = holder.children.findIndex(
        (child, i) =>
          i > index && child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol'),
      );
      const stop = end === -1 ? holder.children.length : end;
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: holder.children.slice(index, stop),
      };
      holder.children.splice(index, stop - index, label);
    });
  };
}
