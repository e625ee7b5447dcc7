/**
 * A horizontal bar chart of money, drawn in SVG. Bar lengths come from the domain's
 * sharesOfLargest (a length on screen, never an amount); the figure printed beside each
 * bar is the amount itself. Nothing moves, so there is nothing for reduced motion to stop.
 *
 * The SVG has no viewBox: its text stays at the page's size on a phone instead of being
 * scaled down with the drawing, and bar lengths are percentages of its width.
 */
import { memo, useId, useMemo } from 'react';
import { sharesOfLargest } from '../../domain/chart';
import type { Money } from '../../domain/money';

export interface ChartBar {
  readonly id: string;
  readonly label: string;
  readonly amount: Money;
}

export interface SummaryChartProps {
  readonly bars: readonly ChartBar[];
  /** Shown above the chart, and its name for screen readers. */
  readonly title: string;
  readonly description: string;
  /** Says, for screen readers, that a table holds the same figures. */
  readonly tableNote: string;
  readonly formatAmount: (amount: Money) => string;
}

/** Pixels: a label line, then the bar, then a gap, at the page's largest body text size. */
const ROW_HEIGHT = 64;
const LABEL_BASELINE = 19;
const BAR_TOP = 26;
const BAR_HEIGHT = 24;
/** The longest bar takes this share of the width, leaving room for its figure beside it. */
const LONGEST_BAR_PERCENT = 60;
const FIGURE_GAP = 8;
/** NHS.UK's blue, which has enough contrast against white for a graphic (WCAG 1.4.11). */
const BAR_COLOUR = '#005eb8';

export const SummaryChart = memo(function SummaryChart({
  bars,
  title,
  description,
  tableNote,
  formatAmount,
}: SummaryChartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const shares = useMemo(() => sharesOfLargest(bars.map((bar) => bar.amount)), [bars]);
  return (
    <figure className="app-summary-chart">
      <figcaption className="nhsuk-heading-s" aria-hidden="true">
        {title}
      </figcaption>
      <p className="nhsuk-u-visually-hidden">{tableNote}</p>
      <svg
        className="nhsuk-body"
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        width="100%"
        height={bars.length * ROW_HEIGHT}
        focusable="false"
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        {bars.map((bar, index) => {
          const top = index * ROW_HEIGHT;
          const share = shares[index] ?? 0;
          const length = `${share * LONGEST_BAR_PERCENT}%`;
          return (
            <g className="app-summary-chart__row" key={bar.id}>
              <text x="0" y={top + LABEL_BASELINE} fill="currentColor">
                {bar.label}
              </text>
              <rect
                className="app-summary-chart__bar"
                x="0"
                y={top + BAR_TOP}
                width={length}
                height={BAR_HEIGHT}
                fill={BAR_COLOUR}
              />
              <text
                className="app-summary-chart__figure"
                x={length}
                dx={share > 0 ? FIGURE_GAP : 0}
                y={top + BAR_TOP + BAR_HEIGHT / 2}
                dominantBaseline="central"
                fill="currentColor"
                fontWeight="bold"
              >
                {formatAmount(bar.amount)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
});
