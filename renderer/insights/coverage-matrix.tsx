import { Link } from 'wouter';
import { entryTypeLabels } from '../../shared/entry';
import { interviewQuestions } from '../../shared/insights/interview-questions';
import type { InsightsReport } from '../../shared/insights/insights-report';
import { SetbackLinks } from './setback-links';

/** What answers each question, as the page explains it. */
function ruleOf(question: (typeof interviewQuestions)[number]): string {
  if (question.anyStory) return 'Every story answers it.';
  const parts = [`words like ${question.words.slice(0, 5).join(', ')}`];
  if (question.tags.length) parts.push(`tags ${question.tags.join(', ')}`);
  if (question.types.length)
    parts.push(`${question.types.map((type) => entryTypeLabels[type].toLowerCase()).join(' or ')} setbacks`);
  return `A story answers it through ${parts.join('; ')}.`;
}

/**
 * The interview questions to be ready for, and the stories that answer each: a gap names the
 * reflected setbacks, not yet stories, that could fill it.
 */
export function CoverageMatrix({ coverage }: { coverage: InsightsReport['coverage'] }) {
  const gaps = coverage.filter((row) => row.stories.length === 0).length;
  return (
    <>
      <p className="section-intro">
        {gaps === 0
          ? 'Every question here has a story that answers it.'
          : `${coverage.length - gaps} of ${coverage.length} questions have a story that answers them.`}
      </p>
      <div className="table-scroll">
        <table className="figures coverage">
          <caption>Interview questions and your stories</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Your stories</th>
              <th scope="col">Setbacks that could answer it</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((row) => (
              <tr key={row.id} className={row.stories.length === 0 ? 'gap' : 'covered'}>
                <th scope="row">{row.question}</th>
                <td>
                  {row.stories.length === 0 ? (
                    <span className="gap-label">Gap: no story yet</span>
                  ) : (
                    <ul className="setback-links">
                      {row.stories.map((story) => (
                        <li key={story.id}>
                          <Link href={`/stories/${story.id}`}>{story.title}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {row.stories.length > 0 ? (
                    <span className="muted">Covered</span>
                  ) : row.suggestions.length > 0 ? (
                    <SetbackLinks setbacks={row.suggestions} />
                  ) : (
                    <span className="muted">None yet: no reflected setback that is not a story speaks to it.</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="rules">
        <summary>How questions are matched</summary>
        <p>
          A story answers a question when its own words, or the type and tags of the setbacks it grew from, fit the
          question. A setback is suggested for a gap when it is reflected, not yet part of a story, and its title, what
          happened, why it happened, type or tags fit.
        </p>
        <dl>
          {interviewQuestions.map((question) => (
            <div key={question.id}>
              <dt>{question.question}</dt>
              <dd>{ruleOf(question)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
