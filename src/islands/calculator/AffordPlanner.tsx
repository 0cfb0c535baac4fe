/** "What can I afford": income and essential spending → the shortest plan that fits. */
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import { AffordInputError, affordablePlan, DEFAULT_BUFFER_PERCENT, type AffordResult } from '../../lib/repayment/afford';
import { parseNumberInput } from '../../lib/repayment/form';
import type { AffordFormValues } from '../../lib/repayment/query';
import type { PlanInput } from '../../lib/repayment/types';
import { Field } from './Field';
import { fill, money, ratePercent } from './format';

interface Props {
  values: AffordFormValues;
  onValues: (values: AffordFormValues) => void;
  /** the plan above, when valid: its debt, method and cost */
  plan: PlanInput | null;
  onUse: (plan: PlanInput) => void;
  onCompare: ((plan: PlanInput) => void) | null;
  strings: CalculatorStrings;
  locale: Locale;
}

type Outcome = { result: AffordResult } | { errors: Partial<Record<string, string>> } | null;

function assess(values: AffordFormValues, plan: PlanInput | null, locale: Locale): Outcome {
  if (values.income.trim() === '' && values.essentials.trim() === '') return null;
  if (!plan) return null;
  const { principal, months: _months, method, ...cost } = plan;
  try {
    return {
      result: affordablePlan(
        parseNumberInput(values.income) as number,
        parseNumberInput(values.essentials) as number,
        principal,
        { method, ...cost },
        locale,
      ),
    };
  } catch (error) {
    if (!(error instanceof AffordInputError)) throw error;
    const errors: Partial<Record<string, string>> = {};
    for (const issue of error.issues) errors[issue.field] = issue.message;
    return { errors };
  }
}

export function AffordPlanner({ values, onValues, plan, onUse, onCompare, strings: s, locale }: Props) {
  const a = s.afford;
  const buffer = ratePercent(DEFAULT_BUFFER_PERCENT);
  const outcome = assess(values, plan, locale);
  const errors = outcome && 'errors' in outcome ? outcome.errors : {};
  const result = outcome && 'result' in outcome ? outcome.result : null;
  const m = (yuan: number) => money(yuan, locale);
  return (
    <section class="calc-afford" aria-labelledby="calc-afford-heading">
      <h2 id="calc-afford-heading">{a.heading}</h2>
      <p>{fill(a.intro, { buffer })}</p>
      <div class="calc-afford__fields">
        <Field id="calc-income" label={a.income} unit={a.unit} help={a.incomeHelp} inputMode="decimal" value={values.income} onValue={(income) => onValues({ ...values, income })} error={errors.income} />
        <Field id="calc-essentials" label={a.essentials} unit={a.unit} help={a.essentialsHelp} inputMode="decimal" value={values.essentials} onValue={(essentials) => onValues({ ...values, essentials })} error={errors.essentials} />
      </div>
      <p class="calc-muted">{plan ? a.basedOn : s.form.fixErrors}</p>
      {result && (
        <div class="calc-afford__result" role="status" data-testid="afford-result">
          {result.status !== 'nothing-left' && <p>{fill(a.available, { amount: m(result.available), buffer })}</p>}
          {result.status === 'fits' && (
            <>
              <p>
                <strong>{fill(a.fits, { months: result.plan.months, principal: m(result.plan.principal), largest: m(result.largestPayment) })}</strong>
              </p>
              <div class="calc-actions">
                <button type="button" class="button" onClick={() => onUse(result.plan)}>
                  {a.use}
                </button>
                {onCompare && (
                  <button type="button" class="button button--secondary" onClick={() => onCompare(result.plan)}>
                    {a.addToCompare}
                  </button>
                )}
              </div>
            </>
          )}
          {result.status === 'nothing-left' && <p>{a.nothingLeft}</p>}
          {result.status === 'too-long' && <p>{fill(a.tooLong, { months: result.maxMonths, largest: m(result.largestPaymentAtMax), amount: m(result.available) })}</p>}
        </div>
      )}
    </section>
  );
}
