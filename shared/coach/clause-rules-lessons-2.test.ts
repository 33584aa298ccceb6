import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses, continued (clause-rules-lessons.test.ts is full). Lessons and evidence of change.

describe('after the eleventh batch: more ways a practice kept up is told', () => {
  const E = 'no-change-evidence' as const;
  check([
    ['whatILearned', 'I do a written feed budget every October now and check it again at Christmas.', [], [E]],
    ['whatILearned', "now it goes to a neighbour or back on the van. had zero 'not received' claims in the last 6 months", [], [E]],
    ['whatILearned', 'Since then my re-pick rate has gone from about six a week to under one.', [], [E]],
    ['whatILearned', '- a line check after any re-patch\n- about 60 shows since without a dead channel', [], [E]],
    ['whatILearned', 'After that I put the goggles on before I even take the bottles out.', [], [E]],
    // Look-alikes: a lesson with no practice, a past act with a trigger, a count with no "since".
    ['whatILearned', 'I learned that budgets matter and that you have to plan ahead.', [E], []],
    ['whatILearned', 'That day I put the goggles on before I took the bottles out, but I was lucky.', [E], []],
    ['whatILearned', 'I learned a lot from about 60 shows without a dead channel before that one.', [E], []],
  ]);
});

describe('after the eleventh batch: "since that day, no proof leaves my desk without…" is a practice', () => {
  const E = 'no-change-evidence' as const;
  const G = 'generic-lesson' as const;
  check([
    ['whatILearned', 'Since that day, no proof leaves my desk without a second pair of eyes.', [], [E, G]],
    ['whatILearned', 'Ever since, nothing goes to print from our studio until the client has signed it.', [], [E, G]],
    // Look-alikes: a truth about the world with "no", and a time marker with no practice after it.
    ['whatILearned', 'No plan survives contact with the customer.', [E], []],
    ['whatILearned', 'Since that day, I have thought a lot about how important checking is.', [E], []],
  ]);
});
