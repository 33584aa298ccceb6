import { describe, expect, it } from 'vitest';
import { answerSummary, appendSentence, evidenceSentence } from './check-in-words';

describe('a check-in as words', () => {
  it('reads as one line for a list', () => {
    expect(answerSummary({ stillDoing: 'yes', howOften: 'Weekly', whereUsed: 'the Q3 launch.' })).toBe(
      'Still doing it · weekly · used it on the Q3 launch',
    );
    expect(answerSummary({ stillDoing: 'no', howOften: '', whereUsed: '' })).toBe('Stopped doing it');
    expect(answerSummary({ stillDoing: 'partly', howOften: '', whereUsed: 'In two hiring loops' })).toBe(
      'Partly doing it · used it in two hiring loops',
    );
  });

  it('becomes a sentence of evidence for a story, keeping names as typed', () => {
    expect(evidenceSentence({ check: 30, stillDoing: 'yes', howOften: 'weekly', whereUsed: 'the Q3 launch' })).toBe(
      "A month on, I still do it weekly; I've used it on the Q3 launch.",
    );
    expect(evidenceSentence({ check: 90, stillDoing: 'partly', howOften: 'Every sprint', whereUsed: 'Atlas' })).toBe(
      "Three months on, I still do it in part, every sprint; I've used it on Atlas.",
    );
    expect(evidenceSentence({ check: 90, stillDoing: 'yes', howOften: '', whereUsed: '' })).toBe(
      'Three months on, I still do it.',
    );
  });

  it('offers nothing as evidence for a change that did not stick', () => {
    expect(evidenceSentence({ check: 30, stillDoing: 'no', howOften: '', whereUsed: 'nowhere' })).toBeNull();
  });

  it('is added after a space at the end of the text, or alone', () => {
    expect(appendSentence('I learned to test.\n', 'A month on, I still do it.')).toBe(
      'I learned to test. A month on, I still do it.',
    );
    expect(appendSentence('  ', 'A month on, I still do it.')).toBe('A month on, I still do it.');
  });
});
