import { useId } from 'react';
import type { InsightsReport } from '../../shared/insights/insights-report';
import { setbacks } from './insights-format';
import { useWidth } from './use-width';

type TopTags = InsightsReport['topTags'];
type TagPairs = InsightsReport['tagPairs'];

const ROW = 26;
const LABEL = 130;

/** The top tags as horizontal bars, one image with a summary; the table beside gives the figures. */
export function TagChart({ tags }: { tags: TopTags }) {
  const titleId = useId();
  const [measure, width] = useWidth(420);
  const most = Math.max(1, ...tags.map((tag) => tag.count));
  const height = tags.length * ROW;
  const length = (count: number) => ((width - LABEL - 40) * count) / most;
  const first = tags[0];
  const summary = first
    ? `Bar chart of your ${tags.length} most used tags; “${first.tag}” leads with ${setbacks(first.count)}. The table beside it gives every figure.`
    : 'No tags yet.';
  return (
    <svg
      ref={measure}
      className="chart tag-chart"
      viewBox={`0 0 ${width} ${height}`}
      height={height}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{summary}</title>
      {tags.map((tag, index) => (
        <g key={tag.tag} transform={`translate(0 ${index * ROW})`}>
          <text className="chart-label" x={LABEL - 10} y={ROW / 2} dy="0.35em" textAnchor="end">
            {tag.tag.length > 18 ? `${tag.tag.slice(0, 17)}…` : tag.tag}
          </text>
          <rect className="bar bar-tag" x={LABEL} y={5} height={ROW - 10} width={length(tag.count)} rx={3} />
          <text className="chart-value" x={LABEL + length(tag.count) + 6} y={ROW / 2} dy="0.35em">
            {tag.count}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function TagTable({ tags }: { tags: TopTags }) {
  return (
    <table className="figures">
      <caption>Top tags</caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Setbacks</th>
        </tr>
      </thead>
      <tbody>
        {tags.map((tag) => (
          <tr key={tag.tag}>
            <th scope="row">{tag.tag}</th>
            <td>{tag.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Pairs of tags found on the same setbacks, most often first. */
export function TagPairsTable({ pairs }: { pairs: TagPairs }) {
  if (pairs.length === 0) return <p className="muted">No two tags have come together on more than one setback yet.</p>;
  return (
    <table className="figures subheading">
      <caption>Tags that come together</caption>
      <thead>
        <tr>
          <th scope="col">Tags</th>
          <th scope="col">Setbacks with both</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair.tags.join('\u0000')}>
            <th scope="row">
              {pair.tags[0]} + {pair.tags[1]}
            </th>
            <td>{pair.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
