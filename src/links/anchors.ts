/**
 * Stable anchors of the tools' checklist items, for links such as
 * `/process/compelling-events/#events--event-8`.
 *
 * Section ids and item ids are both lower-case words joined by single hyphens, and most
 * items share their id with the section that explains them (the events tool's item
 * "event-8" and the page's section #event-8). An item's anchor is therefore its tool's
 * id and its own id joined by a double hyphen: no section id contains "--", so the two
 * can never collide, and the anchor follows the item's stable id, never its position.
 */

/** Joins a tool's id and an item's id into the item's anchor; never part of a section id. */
export const ITEM_ANCHOR_JOIN = '--';

/** The anchor of one checklist item: `itemAnchor('events', 'event-8')` is "events--event-8". */
export function itemAnchor(tool: string, item: string): string {
  return `${tool}${ITEM_ANCHOR_JOIN}${item}`;
}

/** A control's accessible name: a content/i18n template with the section's or item's title filled in. */
export function linkLabel(template: string, title: string): string {
  return template.replace('{{title}}', () => title);
}
