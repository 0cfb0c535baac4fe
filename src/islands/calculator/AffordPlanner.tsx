/**
 * "What can I afford", two ways in: what the reader can pay a month, or their income and
 * essential spending; either gives the shortest plan that fits. These figures are kept in
 * this component's state only, never in the URL (see lib/repayment/query.ts).
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import { AffordInputError, affordablePlan, DEFAULT_BUFFER_PERCENT, DEFAULT_MAX_MONTHS, paymentPlan } from '../../lib/repayment/afford';
import { parseNumberInput } from '../../lib/repayment/form';
import type { PlanInput } from '../../lib/repayment/types';
import { MAX_MONTHS } from '../../lib/repayment/validate';
import { Field } from './Field';
import { fill, money, ratePercent } from './format';

interface Props {
  /** the plan above, when valid: its debt, method and cost */
  plan: PlanInput | null;
  onUse: (plan: PlanInput) => void;
  onCompare: ((plan: PlanInput) => void) | null;
  strings: CalculatorStrings;
  locale: Locale;
}

/** The result of a core call, or the message for each field it refused; nothing until something is typed. */
function attempt<T>(typed: boolean, run: () => T): { result?: T; errors: Partial<Record<string, string>> } {
  if (!typed) return { errors: {} };
  try {
    return { result: run(), errors: {} };
  } catch (error) {
    if (!(error instanceof AffordInputError)) throw error;
    return { errors: Object.fromEntries(error.issues.map((issue) => [issue.field, issue.message])) };
  }
}

export function AffordPlanner({ plan, onUse, onCompare, strings: s, locale }: Props) {
  const a = s.afford;
  const [values, setValues] = useState({ payment: '', income: '', essentials: '' });
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  const buffer = ratePercent(DEFAULT_BUFFER_PERCENT);
  const m = (yuan: number) => money(yuan, locale);
  const num = (text: string) => parseNumberInput(text) as number;
  const pay = attempt(!!plan && values.payment.trim() !== '', () => paymentPlan(plan!, num(values.payment), MAX_MONTHS, locale));
  const afford = attempt(!!plan && (values.income.trim() !== '' || values.essentials.trim() !== ''), () => {
    const { principal, months: _months, method, ...cost } = plan!;
    return affordablePlan(num(values.income), num(values.essentials), principal, { method, ...cost }, locale);
  });
  const payment = m(num(values.payment));
  const actions = (proposal: PlanInput) => (
    <div class="calc-actions">
      <button type="button" class="button" onClick={() => onUse(proposal)}>
        {a.use}
      </button>
      {onCompare && (
        <button type="button" class="button button--secondary" onClick={() => onCompare(proposal)}>
          {a.addToCompare}
        </button>
      )}
    </div>
  );
  const p = pay.result;
  const r = afford.result;
  return (
    <section class="calc-afford" aria-labelledby="calc-afford-heading">
      <h2 id="calc-afford-heading">{a.heading}</h2>
      <p>{a.payIntro}</p>
      <div class="calc-afford__fields">
        <Field id="calc-payment" label={a.payment} unit={a.unit} help={a.paymentHelp} inputMode="decimal" value={values.payment} onValue={set('payment')} error={pay.errors.payment} />
      </div>
      {!plan && <p class="calc-muted">{s.form.fixErrors}</p>}
      {p && (
        <div class="calc-afford__result" role="status" data-testid="pay-result">
          {p.status === 'fits' && (
            <>
              <p>
                <strong>{fill(a.payFits, { payment, months: p.plan.months, principal: m(p.plan.principal), largest: m(p.largestPayment), cost: m(p.schedule.totalInterest + p.schedule.totalFee) })}</strong>
              </p>
              {p.plan.months > DEFAULT_MAX_MONTHS && <p>{a.payOverFiveYears}</p>}
              {actions(p.plan)}
            </>
          )}
          {p.status === 'below-interest' && <p>{fill(a.payBelowInterest, { payment, cost: m(p.firstCost) })}</p>}
          {p.status === 'too-long' && <p>{fill(a.payTooLong, { months: p.maxMonths, largest: m(p.largestPaymentAtMax), payment })}</p>}
        </div>
      )}
      <h3>{a.incomeHeading}</h3>
      <p>{fill(a.intro, { buffer })}</p>
      <div class="calc-afford__fields">
        <Field id="calc-income" label={a.income} unit={a.unit} help={a.incomeHelp} inputMode="decimal" value={values.income} onValue={set('income')} error={afford.errors.income} />
        <Field id="calc-essentials" label={a.essentials} unit={a.unit} help={a.essentialsHelp} inputMode="decimal" value={values.essentials} onValue={set('essentials')} error={afford.errors.essentials} />
      </div>
      <p class="calc-muted">{plan ? a.basedOn : s.form.fixErrors}</p>
      {r && (
        <div class="calc-afford__result" role="status" data-testid="afford-result">
          {r.status !== 'nothing-left' && <p>{fill(a.available, { amount: m(r.available), buffer })}</p>}
          {r.status === 'fits' && (
            <>
              <p>
                <strong>{fill(a.fits, { months: r.plan.months, principal: m(r.plan.principal), largest: m(r.largestPayment) })}</strong>
              </p>
              {actions(r.plan)}
            </>
          )}
          {r.status === 'nothing-left' && <p>{a.nothingLeft}</p>}
          {r.status === 'too-long' && <p>{fill(a.tooLong, { months: r.maxMonths, largest: m(r.largestPaymentAtMax), amount: m(r.available) })}</p>}
        </div>
      )}
    </section>
  );
}
