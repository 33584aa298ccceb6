import { describe, expect, it } from 'vitest';
import { CoachReviewSchema } from './review-schema';
import { reviewStory } from './review-story';

const review = (story: Parameters<typeof reviewStory>[0]) => CoachReviewSchema.parse(reviewStory(story));

describe('the coach on input it cannot judge, or that could break it', () => {
  it('says it cannot judge a part in another language or script, instead of guessing', () => {
    const r = review({
      whatHappened: 'Lancé una campaña que no funcionó y perdimos tres clientes importantes en dos semanas.',
      whyItHappened: '我在项目上线时犯了一个错误，因为我没有检查测试环境。',
      whatIDid: 'אני התקשרתי ללקוח באותו יום והסברתי מה קרה ותיקנתי את הבעיה.',
      whatILearned: 'I now run a staging parity check before every release; I have used it on four releases since.',
    });
    expect(r.cannotJudge.map((entry) => [entry.part, entry.reason])).toEqual([
      ['whatHappened', 'not-english'],
      ['whyItHappened', 'not-english'],
      ['whatIDid', 'not-english'],
    ]);
    expect(r.findings.filter((f) => f.part !== 'whatILearned' && f.part !== 'roleConnection')).toEqual([]);
    expect(r.cannotJudge[0]?.message).toMatch(/English/);
  });

  it('says so for a paste of code, and reviews the prose around it', () => {
    const r = review({
      whatHappened: 'function retry(n) { for (let i = 0; i < n; i++) { if (call()) return true; } return false; }',
      whyItHappened: 'I assumed the retry loop covered timeouts and never tested it against a slow network.',
    });
    expect(r.cannotJudge).toEqual([expect.objectContaining({ part: 'whatHappened', reason: 'not-prose' })]);
    expect(r.findings.some((f) => f.part === 'whatHappened')).toBe(false);
  });

  it('reviews a story of one word, emoji, bullet lists and 50,000 characters without throwing', () => {
    const inputs: Record<string, string>[] = [
      { whatHappened: 'Oops' },
      { whatHappened: '😬😬😬 🔥 I broke prod 🙈', whatILearned: '✅ tests first now ✅' },
      {
        whatIDid: '- Called the client\n- Rolled back the release\n- Wrote the incident note',
        whatILearned: '• Never assume\n• Communication',
      },
      { whatHappened: 'I shipped the wrong build to 300 customers. '.repeat(1200).slice(0, 50_000) },
      { whyItHappened: 'x'.repeat(50_000), whatIDid: 'a.'.repeat(25_000) },
      { whatHappened: '\u202Eevil\u202C \u0000 \uD800 lone surrogate and control characters' },
    ];
    for (const input of inputs) {
      const r = review(input);
      for (const f of r.findings) {
        const text = input[f.part] ?? '';
        expect(f.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('reads bullet steps that start with a verb as what the speaker did', () => {
    const r = review({
      whatIDid: '- Spoke to the English lead\n- Started guided reading groups\n- Ran extra sessions after Easter',
    });
    expect(r.findings.map((f) => f.kind)).not.toContain('passive-action');
  });
});
