import { useState } from 'react';
import type { InsightsReport } from '../../shared/insights/insights-report';
import { CoverageMatrix } from './coverage-matrix';
import { duration, percent, setbacks } from './insights-format';
import { LessonsList } from './lessons-list';
import { MonthChart, MonthTable, TypeLegend } from './month-chart';
import { PatternsList } from './patterns-list';
import { TagChart, TagPairsTable, TagTable } from './tag-chart';
import { useInsights } from './use-insights';
import './insights.css';

/** Below this many setbacks there is no long view yet: the page says what is coming instead. */
const MIN_SETBACKS = 3;
const LESSONS_PER_PAGE = 20;

function EmptyInsights({ count }: { count: number }) {
  return (
    <section className="empty-state">
      <h2>Insights grow with your journal</h2>
      <p>
        {count === 0
          ? 'There are no setbacks yet.'
          : `So far there ${count === 1 ? 'is 1 setback' : `are ${count} setbacks`}.`}{' '}
        Once you have logged a few, this page shows the long view: how many setbacks you log each month and of what
        type, the tags that keep coming back, how often and how soon you reflect, the causes you name again and again,
        which interview questions your stories can answer, and every change you have made since.
      </p>
    </section>
  );
}

function Reflection({ report }: { report: InsightsReport }) {
  const { reflected, medianToReflectMs } = report.reflection;
  return (
    <>
      <dl className="insight-stats">
        <div>
          <dt>Reflected on</dt>
          <dd>
            {reflected.toLocaleString()} of {setbacks(report.setbacks)} ({percent(reflected, report.setbacks)})
          </dd>
        </div>
        <div>
          <dt>Median time to reflect</dt>
          <dd>{medianToReflectMs === null ? 'Not yet measured' : `At most ${duration(medianToReflectMs)}`}</dd>
        </div>
      </dl>
      <p className="stat-note muted">
        Measured from logging a setback to its latest edit, over the setbacks whose reflection is written (why it
        happened, what you did, what you learned). Hindsight does not record the moment a reflection is written, so an
        edit made later counts too: read it as the longest it can have taken.
      </p>
    </>
  );
}

function Report({ report, onMoreLessons }: { report: InsightsReport; onMoreLessons: () => void }) {
  if (report.setbacks < MIN_SETBACKS) return <EmptyInsights count={report.setbacks} />;
  const outside = report.beforeMonths;
  return (
    <>
      <section aria-labelledby="insights-months">
        <h2 id="insights-months" className="section-heading">
          Setbacks per month
        </h2>
        {outside > 0 && (
          <p className="section-intro">
            The last {report.months.length} months; {setbacks(outside)} from before are left out of the chart.
          </p>
        )}
        <div className="figure-pair">
          <figure>
            <MonthChart months={report.months} />
            <TypeLegend />
          </figure>
          <MonthTable months={report.months} />
        </div>
      </section>

      <section aria-labelledby="insights-tags">
        <h2 id="insights-tags" className="section-heading">
          Tags
        </h2>
        {report.topTags.length === 0 ? (
          <p className="muted">No tags yet: tag setbacks to see which themes come back.</p>
        ) : (
          <div className="figure-pair">
            <figure>
              <TagChart tags={report.topTags} />
            </figure>
            <TagTable tags={report.topTags} />
          </div>
        )}
        <TagPairsTable pairs={report.tagPairs} />
      </section>

      <section aria-labelledby="insights-reflection">
        <h2 id="insights-reflection" className="section-heading">
          Reflection
        </h2>
        <Reflection report={report} />
      </section>

      <section aria-labelledby="insights-patterns">
        <h2 id="insights-patterns" className="section-heading">
          Patterns
        </h2>
        <PatternsList report={report} />
      </section>

      <section aria-labelledby="insights-questions">
        <h2 id="insights-questions" className="section-heading">
          Interview questions
        </h2>
        <CoverageMatrix coverage={report.coverage} />
      </section>

      <section aria-labelledby="insights-lessons">
        <h2 id="insights-lessons" className="section-heading">
          Lessons over time
        </h2>
        <LessonsList lessons={report.lessons} onMore={onMoreLessons} />
      </section>
    </>
  );
}

/** `#/insights`: the long view of the journal, worked out in a worker from the whole of it. */
export function InsightsPage() {
  const [lessonLimit, setLessonLimit] = useState(LESSONS_PER_PAGE);
  const insights = useInsights(lessonLimit);
  const report = insights.state === 'ready' || insights.state === 'failed' ? insights.report : undefined;
  return (
    <div className="page insights-page" aria-busy={report === undefined && insights.state !== 'failed'}>
      <header className="page-header">
        <h1>Insights</h1>
      </header>
      <p className="section-intro">
        The long view of your setbacks: what keeps happening, how you reflect, and which interview questions your
        stories can answer. Worked out on this device from your journal.
      </p>
      {insights.state === 'failed' && (
        <p role="alert" className="form-alert">
          Insights could not be worked out: {insights.message}
        </p>
      )}
      {insights.state === 'loading' && <p className="muted">Reading your journal…</p>}
      {insights.state === 'reading' && (
        <div className="reading">
          <label htmlFor="insights-progress">
            Reading your whole journal: {insights.read.toLocaleString()} of {setbacks(insights.total)}
          </label>
          <progress id="insights-progress" max={Math.max(1, insights.total)} value={insights.read} />
          <p className="muted">This happens once; later visits start from what Insights keeps of it.</p>
        </div>
      )}
      {report && <Report report={report} onMoreLessons={() => setLessonLimit((limit) => limit + LESSONS_PER_PAGE)} />}
    </div>
  );
}
