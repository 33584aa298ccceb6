import { useId } from 'react';
import { entryTypeLabels, entryTypes } from '../../shared/entry';
import type { MonthRow } from '../../shared/insights/insights-report';
import { niceCeiling } from './chart-scale';
import { longMonth, setbacks, shortMonth } from './insights-format';

const totalOf = (row: MonthRow) => row.technical + row.judgment + row.strategic;

/** One sentence for the chart's text alternative: the span, the total and the busiest month. */
function summaryOf(months: readonly MonthRow[]): string {
  const total = months.reduce((sum, row) => sum + totalOf(row), 0);
  const busiest = months.reduce((best, row) => (totalOf(row) > totalOf(best) ? row : best), months[0]!);
  const span = `${longMonth(months[0]!.month)} to ${longMonth(months.at(-1)!.month)}`;
  const peak = total > 0 ? `, most in ${longMonth(busiest.month)} (${totalOf(busiest)})` : '';
  return `Stacked bar chart of setbacks per month by type, ${span}: ${setbacks(total)}${peak}. The table beside it gives every figure.`;
}

/** Width of one month's slot in the drawing's own units; the bar takes most of it. */
const SLOT = 10;
const BAR = 6.4;

/**
 * Setbacks per month, stacked by type: an SVG drawn here (no chart library: see README),
 * exposed as one image with a summary, the table beside it being the figures' accessible
 * form. The drawing stretches to its box (so nothing is measured in the page); the axis
 * labels are text beside it, the size of the text around them.
 */
export function MonthChart({ months }: { months: readonly MonthRow[] }) {
  const titleId = useId();
  const top = niceCeiling(Math.max(1, ...months.map(totalOf)));
  const ticks = [top, top / 2, 0].filter((tick) => Number.isInteger(tick));
  const y = (value: number) => 100 - (value / top) * 100;
  return (
    <div className="month-chart-frame">
      <div className="chart-y-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick} style={{ top: `${y(tick)}%` }}>
            {tick}
          </span>
        ))}
      </div>
      <svg
        className="chart month-chart"
        viewBox={`0 0 ${months.length * SLOT} 100`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{summaryOf(months)}</title>
        {ticks.map((tick) => (
          <line
            key={tick}
            className="chart-grid"
            x1={0}
            x2={months.length * SLOT}
            y1={y(tick)}
            y2={y(tick)}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {months.map((row, index) => {
          const x = index * SLOT + (SLOT - BAR) / 2;
          let base = 0;
          return entryTypes.map((type) => {
            const value = row[type];
            if (value === 0) return null;
            const from = base;
            base += value;
            return (
              <rect
                key={`${row.month}:${type}`}
                className={`bar bar-${type}`}
                x={x}
                width={BAR}
                y={y(from + value)}
                height={y(from) - y(from + value)}
              />
            );
          });
        })}
      </svg>
      <div className="chart-x-axis" aria-hidden="true">
        {months.map((row) => (
          <span key={row.month}>{shortMonth(row.month)}</span>
        ))}
      </div>
    </div>
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
