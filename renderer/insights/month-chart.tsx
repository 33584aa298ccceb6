import { useId } from 'react';
import { entryTypeLabels, entryTypes } from '../../shared/entry';
import type { MonthRow } from '../../shared/insights/insights-report';
import { niceCeiling } from './chart-scale';
import { useWidth } from './use-width';
import { longMonth, setbacks, shortMonth } from './insights-format';

const HEIGHT = 260;
const LEFT = 36;
const BOTTOM = 26;
const TOP = 10;

const totalOf = (row: MonthRow) => row.technical + row.judgment + row.strategic;

/** One sentence for the chart's text alternative: the span, the total and the busiest month. */
function summaryOf(months: readonly MonthRow[]): string {
  const total = months.reduce((sum, row) => sum + totalOf(row), 0);
  const busiest = months.reduce((best, row) => (totalOf(row) > totalOf(best) ? row : best), months[0]!);
  const span = `${longMonth(months[0]!.month)} to ${longMonth(months.at(-1)!.month)}`;
  const peak = total > 0 ? `, most in ${longMonth(busiest.month)} (${totalOf(busiest)})` : '';
  return `Stacked bar chart of setbacks per month by type, ${span}: ${setbacks(total)}${peak}. The table beside it gives every figure.`;
}

/**
 * Setbacks per month, stacked by type: an SVG drawn here (no chart library: see README),
 * exposed as one image with a summary, the table beside it being the figures' accessible form.
 */
export function MonthChart({ months }: { months: readonly MonthRow[] }) {
  const titleId = useId();
  const [measure, width] = useWidth(560);
  const top = niceCeiling(Math.max(1, ...months.map(totalOf)));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const band = (width - LEFT) / months.length;
  const barWidth = Math.min(36, band * 0.62);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 2, top].filter((tick) => Number.isInteger(tick));
  return (
    <svg
      ref={measure}
      className="chart month-chart"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      height={HEIGHT}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{summaryOf(months)}</title>
      {ticks.map((tick) => (
        <g key={tick} className="chart-grid">
          <line x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
          <text x={LEFT - 8} y={y(tick)} dy="0.35em" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {months.map((row, index) => {
        const x = LEFT + index * band + (band - barWidth) / 2;
        let base = 0;
        return (
          <g key={row.month}>
            {entryTypes.map((type) => {
              const value = row[type];
              if (value === 0) return null;
              const from = base;
              base += value;
              return (
                <rect
                  key={type}
                  className={`bar bar-${type}`}
                  x={x}
                  width={barWidth}
                  y={y(from + value)}
                  height={y(from) - y(from + value)}
                />
              );
            })}
            <text className="chart-label" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle">
              {shortMonth(row.month)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The chart's figures as a table: month by month, each type and the total. */
export function MonthTable({ months }: { months: readonly MonthRow[] }) {
  return (
    <table className="figures">
      <caption>Setbacks per month by type</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {entryTypes.map((type) => (
            <th scope="col" key={type}>
              {entryTypeLabels[type]}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {months.map((row) => (
          <tr key={row.month}>
            <th scope="row">{longMonth(row.month)}</th>
            {entryTypes.map((type) => (
              <td key={type}>{row[type]}</td>
            ))}
            <td>{totalOf(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The colour key: for sighted readers only (the table names the types). */
export function TypeLegend() {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {entryTypes.map((type) => (
        <li key={type}>
          <span className={`swatch bar-${type}`} />
          {entryTypeLabels[type]}
        </li>
      ))}
    </ul>
  );
}
