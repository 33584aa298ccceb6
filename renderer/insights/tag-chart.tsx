import { useId } from 'react';
import type { InsightsReport } from '../../shared/insights/insights-report';
import { setbacks } from './insights-format';

type TopTags = InsightsReport['topTags'];
type TagPairs = InsightsReport['tagPairs'];

/**
 * The top tags as horizontal bars: one image with a summary (its parts are not read out),
 * the table beside it giving the figures. Plain boxes sized in percent: nothing to measure.
 */
export function TagChart({ tags }: { tags: TopTags }) {
  const titleId = useId();
  const most = Math.max(1, ...tags.map((tag) => tag.count));
  const first = tags[0];
  const summary = first
    ? `Bar chart of your ${tags.length} most used tags; “${first.tag}” leads with ${setbacks(first.count)}. The table beside it gives every figure.`
    : 'No tags yet.';
  return (
    <div className="chart tag-chart" role="img" aria-labelledby={titleId}>
      <span id={titleId} className="visually-hidden">
        {summary}
      </span>
      {tags.map((tag) => (
        <div key={tag.tag} className="tag-bar">
          <span className="tag-bar-label">{tag.tag}</span>
          <span className="tag-bar-track">
            <span className="bar-tag" style={{ width: `${(tag.count / most) * 100}%` }} />
          </span>
          <span className="tag-bar-value">{tag.count}</span>
        </div>
      ))}
    </div>
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
