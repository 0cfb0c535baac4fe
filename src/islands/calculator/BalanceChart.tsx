/** The balance still owed after each payment, as one SVG line. No chart library. */
import type { ScheduleRow } from '../../lib/repayment/types';
import { htmlLang, type Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import { fill, money } from './format';
import { formatPlural } from '../../lib/i18n/format';

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 12;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 28;

interface Props {
  principal: number;
  rows: readonly ScheduleRow[];
  strings: CalculatorStrings['chart'];
  locale: Locale;
}

export function BalanceChart({ principal, rows, strings, locale }: Props) {
  const n = rows.length;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (t: number) => LEFT + (plotWidth * t) / n;
  const y = (balance: number) => TOP + plotHeight * (1 - balance / principal);
  const points = [[x(0), y(principal)], ...rows.map((row, i) => [x(i + 1), y(row.balance)])]
    .map(([px, py]) => `${px!.toFixed(1)},${py!.toFixed(1)}`)
    .join(' ');
  const description = fill(strings.description, { start: money(principal, locale), n });
  return (
    <figure class="calc-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="calc-chart-title calc-chart-desc">
        <title id="calc-chart-title">{strings.title}</title>
        <desc id="calc-chart-desc">{description}</desc>
        <line class="calc-chart__axis" x1={LEFT} y1={TOP + plotHeight} x2={WIDTH - RIGHT} y2={TOP + plotHeight} />
        <line class="calc-chart__grid" x1={LEFT} y1={TOP} x2={WIDTH - RIGHT} y2={TOP} />
        <polygon class="calc-chart__area" points={`${x(0)},${TOP + plotHeight} ${points} ${x(n)},${TOP + plotHeight}`} />
        <polyline class="calc-chart__line" points={points} fill="none" />
        <text class="calc-chart__label" x={LEFT} y={TOP - 8}>
          {money(principal, locale)}
        </text>
        <text class="calc-chart__label" x={LEFT} y={HEIGHT - 8}>
          0
        </text>
        <text class="calc-chart__label" x={WIDTH - RIGHT} y={HEIGHT - 8} text-anchor="end">
          {formatPlural(strings.axisMonths, n, htmlLang[locale])}
        </text>
      </svg>
      <figcaption>{strings.title}</figcaption>
    </figure>
  );
}
