// Which items of the tools hold a date, read from the tools' data files. Loaded on
// use (with the calendar code), never at page start: it carries both languages' labels.
import stagesData from '../../content/stages.json';
import demoData from '../../content/tools/demo.json';
import eventsData from '../../content/tools/events.json';
import implementationData from '../../content/tools/implementation.json';
import negotiationData from '../../content/tools/negotiation.json';
import type { ToolId } from '../deals/schema';
import { STAGE_TOOLS } from '../board/stage-tools';
import { itemAnchor } from '../links/anchors';
import type { DatedField, DateKind } from './dated-items';

const stageOf = (tool: ToolId): string => stagesData.stages[STAGE_TOOLS.indexOf(tool)]?.id ?? '';

function field(
  tool: ToolId,
  item: string,
  kind: DateKind,
  label: DatedField['label'],
  anchor: string,
): DatedField {
  return { tool, item, kind, stage: stageOf(tool), anchor, label: { zh: label.zh, en: label.en } };
}

const { closeDate, trialAgreement } = negotiationData.fields;

/** Every dated item, in the playbook's order. */
export const DATED_FIELDS: readonly DatedField[] = [
  ...eventsData.items.map((item) =>
    field('events', item.id, 'event', item.label, itemAnchor('events', item.id)),
  ),
  // The demo's date has no item anchor of its own: it links to the tool.
  field('demo', demoData.outcome.dateId, 'date', demoData.text.dateLabel, 'tool'),
  field('negotiation', closeDate.id, 'date', closeDate.label, itemAnchor('negotiation', closeDate.step)),
  field(
    'negotiation',
    trialAgreement.id,
    'trial',
    trialAgreement.label,
    itemAnchor('negotiation', trialAgreement.step),
  ),
  ...implementationData.items.map((item) =>
    field('implementation', item.id, 'step', item.label, itemAnchor('implementation', item.id)),
  ),
];
