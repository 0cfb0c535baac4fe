/** Up to three plans side by side: the one above and up to two more. */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import { comparePlans, type ComparedPlan } from '../../lib/repayment/compare';
import { formToPlanInput, type PlanFormValues } from '../../lib/repayment/form';
import { MAX_EXTRA_PLANS } from '../../lib/repayment/query';
import type { PlanInput } from '../../lib/repayment/types';
import { checkPlanInput, type PlanCheck } from '../../lib/repayment/validate';
import { fill, money, percent } from './format';
import { PlanEditor } from './PlanEditor';

interface Props {
  main: PlanCheck;
  extras: PlanFormValues[];
  onExtras: (extras: PlanFormValues[]) => void;
  /** what a new plan starts as */
  suggestion: (index: number) => PlanFormValues;
  strings: CalculatorStrings;
  locale: Locale;
}

export function ComparePlans({ main, extras, onExtras, suggestion, strings: s, locale }: Props) {
  const c = s.compare;
  const checks = extras.map((values) => checkPlanInput(formToPlanInput(values), locale));
  const inputs = [main, ...checks].map((check) => (check.ok ? check.value : null));
  const valid = inputs.filter((input): input is PlanInput => input !== null);
  const comparison = valid.length > 0 ? comparePlans(valid, locale) : null;
  // column → its place among the valid plans
  let k = 0;
  const columns = inputs.map((input) => (input ? k++ : -1));
  const planAt = (column: number): ComparedPlan | undefined => (columns[column]! >= 0 ? comparison?.plans[columns[column]!] : undefined);
  const isBest = (list: number[] | undefined, column: number) => valid.length > 1 && columns[column]! >= 0 && (list ?? []).includes(columns[column]!);
  const m = (yuan: number) => money(yuan, locale);

  const row = (label: string, cell: (plan: ComparedPlan, column: number) => ComponentChildren) => (
    <tr>
      <th scope="row">{label}</th>
      {inputs.map((_, column) => {
        const plan = planAt(column);
        return <td key={column}>{plan ? cell(plan, column) : <span class="calc-muted">{c.fixFirst}</span>}</td>;
      })}
    </tr>
  );

  return (
    <section class="calc-compare" aria-labelledby="calc-compare-heading">
      <h2 id="calc-compare-heading">{c.heading}</h2>
      <p>{c.intro}</p>
      <div class="calc-compare__editors">
        {extras.map((values, i) => (
          <PlanEditor
            key={i}
            index={i}
            values={values}
            check={checks[i]!}
            onChange={(next) => onExtras(extras.map((old, j) => (j === i ? next : old)))}
            onRemove={() => onExtras(extras.filter((_, j) => j !== i))}
            strings={s}
            locale={locale}
          />
        ))}
      </div>
      {extras.length < MAX_EXTRA_PLANS && (
        <button type="button" class="button button--secondary" onClick={() => onExtras([...extras, suggestion(extras.length)])}>
          {c.add}
        </button>
      )}
      {extras.length > 0 && (
        <div class="calc-table-wrap" tabIndex={0} role="region" aria-labelledby="calc-compare-heading">
          <table class="calc-table calc-compare__table" data-testid="compare-table">
            <thead>
              <tr>
                <td />
                {inputs.map((_, column) => (
                  <th scope="col" key={column}>
                    {fill(c.planLabel, { n: column + 1 })}
                    {column === 0 && <span class="calc-muted"> · {c.thisPlan}</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {row(c.method, (plan) => s.methods[plan.input.method].name)}
              {row(c.months, (plan) => plan.schedule.rows.length)}
              {row(c.firstPayment, (plan) => m(plan.firstPayment))}
              {row(c.largestPayment, (plan, column) => (
                <>
                  {m(plan.largestPayment)}
                  {isBest(comparison?.lightestMonthly, column) && <span class="calc-badge">{c.lightest}</span>}
                </>
              ))}
              {row(c.totalPaid, (plan) => m(plan.schedule.totalPayment))}
              {row(c.totalCost, (plan, column) => (
                <>
                  {m(plan.totalCost)}
                  {isBest(comparison?.cheapest, column) && <span class="calc-badge">{c.cheapest}</span>}
                </>
              ))}
              {row(c.apr, (plan) => percent(plan.schedule.aprPercent))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
