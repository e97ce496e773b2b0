// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en.json';
import manifest from '../../../content/item-anchors.json';
import closeData from '../../../content/tools/close.json';
import demoData from '../../../content/tools/demo.json';
import eventsData from '../../../content/tools/events.json';
import implementationData from '../../../content/tools/implementation.json';
import negotiationData from '../../../content/tools/negotiation.json';
import qualificationData from '../../../content/tools/qualification.json';
import validationData from '../../../content/tools/validation.json';
import { chromeStrings } from '../../../src/i18n/ui';
import { CloseReadinessGate } from '../../../src/tools/close/CloseReadinessGate';
import { closeDefinition } from '../../../src/tools/close/definition';
import { DemoPreparation } from '../../../src/tools/demo/DemoPreparation';
import { demoDefinition } from '../../../src/tools/demo/definition';
import { CompellingEventPicker } from '../../../src/tools/events/CompellingEventPicker';
import { eventsDefinition } from '../../../src/tools/events/definition';
import { ImplementationChecklist } from '../../../src/tools/implementation/ImplementationChecklist';
import { implementationDefinition } from '../../../src/tools/implementation/definition';
import { NegotiationTracker } from '../../../src/tools/negotiation/NegotiationTracker';
import { negotiationDefinition } from '../../../src/tools/negotiation/definition';
import { QualificationScorecard } from '../../../src/tools/qualification/QualificationScorecard';
import { qualificationDefinition } from '../../../src/tools/qualification/definition';
import { ItemLink } from '../../../src/tools/shared/ItemLink';
import { OpportunityValidation } from '../../../src/tools/validation/OpportunityValidation';
import { validationDefinition } from '../../../src/tools/validation/definition';
import { freshWorkspace } from '../support';

afterEach(cleanup);

describe('ItemLink', () => {
  it('is a plain link to the item’s anchor, named with the item’s title', () => {
    const { container } = render(
      <ItemLink tool="events" item="event-8" title="8. A promotion deadline" label={en['links.item']} />,
    );
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#events--event-8');
    expect(link.getAttribute('title')).toBe('Copy link to item: 8. A promotion deadline');
    expect(link.className).toBe('pb-copy-link');
    expect(link.textContent).toBe('');
  });

  it('renders nothing without a name to give it', () => {
    const { container } = render(<ItemLink tool="events" item="event-8" title="8" label={undefined} />);
    expect(container.innerHTML).toBe('');
  });
});

const chrome = chromeStrings('en');
const itemLink = en['links.item'];
const events = eventsDefinition.parse(eventsData).items.map((i) => ({ id: i.id, label: i.label }));
const ISLANDS: [string, () => ComponentChildren][] = [
  [
    'process/prospecting',
    () => (
      <QualificationScorecard
        lang="en"
        chrome={chrome}
        itemLink={itemLink}
        definition={qualificationDefinition.parse(qualificationData)}
      />
    ),
  ],
  [
    'process/compelling-events',
    () => (
      <CompellingEventPicker
        lang="en"
        chrome={chrome}
        itemLink={itemLink}
        definition={eventsDefinition.parse(eventsData)}
      />
    ),
  ],
  [
    'process/validation',
    () => (
      <OpportunityValidation
        lang="en"
        chrome={chrome}
        itemLink={itemLink}
        events={events}
        definition={validationDefinition.parse(validationData)}
      />
    ),
  ],
  [
    'process/demo',
    () => (
      <DemoPreparation
        lang="en"
        chrome={chrome}
        itemLink={itemLink}
        definition={demoDefinition.parse(demoData)}
      />
    ),
  ],
  [
    'process/negotiation',
    () => (
      <NegotiationTracker
        lang="en"
        chrome={chrome}
        itemLink={itemLink}
        definition={negotiationDefinition.parse(negotiationData)}
      />
    ),
  ],
  [
    'process/close-readiness',
    () => (
      <CloseReadinessGate
        lang="en"
        chrome={chrome}
        itemLink={itemLink}
        definition={closeDefinition.parse(closeData)}
      />
    ),
  ],
  [
    'process/implementation',
    () => (
      <ImplementationChecklist
        lang="en"
        chrome={chrome}
        itemLink={itemLink}
        definition={implementationDefinition.parse(implementationData)}
      />
    ),
  ],
];

describe('the islands’ checklist items', () => {
  beforeEach(() => {
    freshWorkspace();
  });

  it.each(ISLANDS)('%s: each item carries its published anchor and a copy control', (slug, island) => {
    const { container } = render(<>{island()}</>);
    const anchors = manifest.pages[slug as keyof typeof manifest.pages];
    const items = [...container.querySelectorAll('.pb-tool-body [id*="--"]')];
    expect(items.map((item) => item.id)).toEqual(anchors);
    for (const item of items) {
      const controls = item.querySelectorAll(`a.pb-copy-link[href="#${item.id}"]`);
      expect(controls.length, item.id).toBe(1);
      expect(controls[0]!.getAttribute('title')).toMatch(/^Copy link to item: \S/);
    }
  });
});
