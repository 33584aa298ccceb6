import { describe, expect, it } from 'vitest';
import { interviewQuestions, questionMaskOfKind, questionMaskOfText } from './interview-questions';
import { stem, termHash, termsOf } from './text-terms';

describe('cause terms', () => {
  it('meets the forms of one word under one stem', () => {
    expect(new Set(['hire', 'hired', 'hiring', 'hires'].map(stem))).toEqual(new Set(['hir']));
    expect(stem('deadlines')).toBe(stem('deadline'));
    expect(stem('planned')).toBe(stem('plans'));
    expect(stem('assumptions')).toBe(stem('assumption'));
  });

  it('drops stop words, short words and numbers, and folds case, accents and apostrophes', () => {
    const keys = termsOf('I didn’t VALIDATE the Résumé of 3 hires, and we were so late.').map((term) => term.key);
    expect(keys).toContain(stem('validate'));
    expect(keys).toContain(stem('resume'));
    expect(keys).not.toContain('didnt');
    expect(keys).not.toContain('3');
    expect(keys).not.toContain('the');
  });

  it('pairs words written next to each other in one clause, never across a stop word or a comma', () => {
    const terms = termsOf('I trusted the vendor timeline, so testing was quick.');
    const pairs = terms.filter((term) => term.key.includes(' ')).map((term) => term.surface);
    expect(pairs).toEqual(['vendor timeline']);
  });

  it('keeps the words as written for showing, and stops at the limit', () => {
    expect(termsOf('Rushed testing')[2]).toEqual({
      key: `${stem('rushed')} ${stem('testing')}`,
      surface: 'rushed testing',
    });
    expect(termsOf('alpha beta gamma delta epsilon', 3)).toHaveLength(3);
  });

  it('hashes terms to stable 32-bit numbers', () => {
    expect(termHash('vendor')).toBe(termHash('vendor'));
    expect(termHash('vendor')).not.toBe(termHash('vendors'));
    expect(termHash('x')).toBeLessThan(2 ** 32);
  });
});

describe('interview questions', () => {
  const indexOf = (id: string) => interviewQuestions.findIndex((question) => question.id === id);
  const has = (mask: number, id: string) => (mask & (1 << indexOf(id))) !== 0;

  it('answers a question by words in any form, by tag, or by kind of setback', () => {
    expect(has(questionMaskOfText('We missed the deadlines twice'), 'deadline')).toBe(true);
    expect(has(questionMaskOfKind(['feedback'], []), 'criticism')).toBe(true);
    expect(has(questionMaskOfKind([], ['strategic']), 'project')).toBe(true);
    expect(has(questionMaskOfText('The build broke') | questionMaskOfKind([], ['technical']), 'deadline')).toBe(false);
  });

  it('never sets the failure question from a setback: only being a story answers it', () => {
    expect(
      has(questionMaskOfText('I failed at everything') | questionMaskOfKind(['failure'], ['judgment']), 'failure'),
    ).toBe(false);
  });
});

describe('text beyond ASCII', () => {
  it('reads words of any script, folds accents and joins curly apostrophes like straight ones', () => {
    expect(termsOf('Die Übergabe scheiterte.').map((term) => term.surface)).toEqual([
      'die',
      'ubergabe',
      'die ubergabe',
      'scheiterte',
      'ubergabe scheiterte',
    ]);
    expect(termsOf('We didn’t test').map((term) => term.key)).toEqual(
      termsOf("We didn't test").map((term) => term.key),
    );
  });
});
