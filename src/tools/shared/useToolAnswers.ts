// The current deal's answers for one tool, and a setter that saves through the
// storage layer. Islands mount client-only, so the first render already has them.
import { useStore } from '@nanostores/preact';
import { fieldsOf } from '../../deals/answers';
import type { Answer, Deal, ToolId } from '../../deals/schema';
import { $currentDeal, setAnswer } from '../../storage/index';

export type ToolAnswerMap = Readonly<Record<string, Answer>>;

export interface ToolAnswers {
  deal: Deal | null;
  answers: ToolAnswerMap;
  /** Save one item's answer; `undefined` clears it. */
  set: (item: string, value: Answer | undefined) => void;
  /** Save some fields of a structured item, keeping its other fields as stored now. */
  patch: (item: string, fields: Readonly<Record<string, Answer>>) => void;
}

/** What a tool's parts read and write: the answers and the two setters. */
export type ToolAccess = Pick<ToolAnswers, 'answers' | 'set' | 'patch'>;

const EMPTY: ToolAnswerMap = {};

export function useToolAnswers(tool: ToolId): ToolAnswers {
  const deal = useStore($currentDeal);
  return {
    deal,
    answers: deal?.answers[tool] ?? EMPTY,
    set: (item, value) => {
      setAnswer(tool, item, value);
    },
    // Reads the stored item at call time, not the render's copy: two quick edits
    // before a re-render must not undo each other.
    patch: (item, fields) => {
      const latest = $currentDeal.get()?.answers[tool]?.[item];
      setAnswer(tool, item, { ...fieldsOf(latest), ...fields } as Answer);
    },
  };
}

// Every tool page loads the number field with the tool frame: one request, not another small chunk.
export { NumberField } from './NumberField';
