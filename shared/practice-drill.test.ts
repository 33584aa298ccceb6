import { describe, expect, it } from 'vitest';
import { drillQuestionsOf } from './practice-drill';
import { standardFollowUps } from './story';

describe('the follow-up drill', () => {
  it('asks the guide’s three questions, each with what a strong answer does', () => {
    const drill = drillQuestionsOf([]);
    expect(drill.map((question) => question.question)).toEqual(standardFollowUps.map((f) => f.question));
    for (const question of drill) {
      expect(question.answer).toBe('');
      expect(question.guidance?.length).toBeGreaterThan(20);
    }
  });

  it('takes the story’s answers to the guide’s questions, then adds its own questions in order', () => {
    const drill = drillQuestionsOf([
      { question: 'What would you do differently today?', answer: 'Check staging first.' },
      { question: 'how often do you fail', answer: ' About once a quarter, and small. ' },
      { question: '   ', answer: 'An answer to nothing.' },
      { question: 'What would you do differently today', answer: '' },
      { question: 'Who else was involved?', answer: '' },
    ]);
    expect(drill.map((question) => question.question)).toEqual([
      'Have you learned enough not to repeat this?',
      'How often do you fail?',
      'How did your team react?',
      'What would you do differently today?',
      'Who else was involved?',
    ]);
    expect(drill[1]?.answer).toBe('About once a quarter, and small.');
    expect(drill[3]).toEqual({ question: 'What would you do differently today?', answer: 'Check staging first.' });
    expect(drill[4]?.guidance).toBeUndefined();
  });

  it('keeps the first answer written when a question is asked twice', () => {
    const drill = drillQuestionsOf([
      { question: 'Why then?', answer: '' },
      { question: 'why then', answer: 'The quarter was closing.' },
    ]);
    expect(drill.slice(3)).toEqual([{ question: 'Why then?', answer: 'The quarter was closing.' }]);
  });
});
