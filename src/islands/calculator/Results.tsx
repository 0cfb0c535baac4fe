/** What the plan means: the instalment, totals, APR and EAR in plain words, and what to do with it. */
import { useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import type { PlanInput, Schedule } from '../../lib/repayment/types';
import { BalanceChart } from './BalanceChart';
import { copyText } from './clipboard';
import { fill, longDate, money, percent, ratePercent } from './format';
import { ScheduleTable } from './ScheduleTable';

interface Props {
  plan: PlanInput;
  schedule: Schedule;
  strings: CalculatorStrings;
  locale: Locale;
}

/** The instalment in one phrase: "¥1,032.80 (last ¥1,032.78)", or first and largest when it varies. */
export function instalmentText(schedule: Schedule, strings: CalculatorStrings['results'], locale: Locale): string {
  const payments = schedule.rows.map((row) => row.payment);
  const first = payments[0] ?? 0;
  const last = payments.at(-1) ?? 0;
  const before = payments.slice(0, -1);
  if (before.every((p) => p === first)) {
    return last === first || payments.length === 1 ? money(first, locale) : fill(strings.instalmentLast, { amount: money(first, locale), last: money(last, locale) });
  }
  return fill(strings.instalmentVaries, { first: money(first, locale), max: money(Math.max(...payments), locale) });
}

export function Results({ plan, schedule, strings, locale }: Props) {
  const r = strings.results;
  const [status, setStatus] = useState('');
  const m = (yuan: number) => money(yuan, locale);
  const cost = schedule.totalInterest + schedule.totalFee;
  const cleared = schedule.rows.findIndex((row) => row.balance === 0) + 1;
  const feeRate = plan.method === 'fixed-fee' ? (plan.monthlyFeePercent ?? 0) : 0;

  // The CSV writer loads on first use (./download.ts); if it cannot load (offline), say so.
  const downloadCsv = () =>
    import('./download').then(
      (d) => d.downloadCsv(plan, schedule, strings),
      () => setStatus(strings.actions.csvFailed),
    );
  const share = async () => setStatus((await copyText(location.href)) ? strings.actions.copied : strings.actions.copyFailed);

  return (
    <section class="calc-results" aria-labelledby="calc-results-heading">
      <h2 id="calc-results-heading">{r.heading}</h2>
      <p class="calc-plan-line" data-testid="plan-line">
        {fill(r.planLine, {
          method: strings.methods[plan.method].name,
          principal: m(plan.principal),
          months: schedule.rows.length,
          cost:
            plan.annualRatePercent !== undefined
              ? fill(strings.explainer.costRate, { rate: ratePercent(plan.annualRatePercent) })
              : plan.monthlyFeePercent !== undefined
                ? fill(strings.explainer.costFee, { fee: ratePercent(plan.monthlyFeePercent) })
                : '',
          first: plan.firstDueDate ? fill(r.planFirst, { date: longDate(plan.firstDueDate, strings.dateFormat) }) : '',
        })}
      </p>
      <dl class="calc-summary">
        <div class="calc-summary__main">
          <dt>{r.instalment}</dt>
          <dd data-testid="instalment">{instalmentText(schedule, r, locale)}</dd>
        </div>
        <div>
          <dt>{r.payments}</dt>
          <dd data-testid="payments">{fill(r.paymentsValue, { n: schedule.rows.length })}</dd>
        </div>
        <div>
          <dt>{r.totalPaid}</dt>
          <dd data-testid="total-paid">{m(schedule.totalPayment)}</dd>
        </div>
        <div>
          <dt>{r.totalCost}</dt>
          <dd data-testid="total-cost">
            {m(cost)}
            {schedule.totalInterest > 0 && schedule.totalFee > 0 && (
              <span class="calc-summary__parts">
                {r.interest} {m(schedule.totalInterest)} · {r.fees} {m(schedule.totalFee)}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{r.apr}</dt>
          <dd data-testid="apr">{percent(schedule.aprPercent)}</dd>
        </div>
        <div>
          <dt>{r.ear}</dt>
          <dd data-testid="ear">{percent(schedule.earPercent)}</dd>
        </div>
      </dl>
      <p class="calc-apr-note">{fill(r.aprSentence, { ear: percent(schedule.earPercent) })}</p>
      {feeRate > 0 && (
        <p class="calc-apr-note calc-apr-note--warn">
          {fill(r.feeGap, { fee: ratePercent(feeRate), nominal: percent(feeRate * 12), apr: percent(schedule.aprPercent) })}
        </p>
      )}
      {cleared > 0 && cleared < schedule.rows.length && <p class="calc-apr-note">{fill(r.earlyClear, { period: cleared })}</p>}
      <div class="calc-actions">
        <button type="button" class="button" onClick={downloadCsv}>
          {strings.actions.csv}
        </button>
        <button type="button" class="button button--secondary" onClick={() => print()}>
          {strings.actions.print}
        </button>
        <button type="button" class="button button--secondary" onClick={share}>
          {strings.actions.share}
        </button>
        <span class="calc-actions__status" role="status">
          {status}
        </span>
      </div>
      <BalanceChart principal={plan.principal} rows={schedule.rows} strings={strings.chart} locale={locale} />
      <ScheduleTable principal={plan.principal} schedule={schedule} strings={strings.table} locale={locale} />
    </section>
  );
}
