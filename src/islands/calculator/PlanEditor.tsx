/** A compact editor for a plan to compare: method, amount, months, rate or fee. */
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import type { PlanFormValues } from '../../lib/repayment/form';
import { METHODS, RATE_METHODS, type Method } from '../../lib/repayment/types';
import type { PlanCheck } from '../../lib/repayment/validate';
import { Field } from './Field';
import { fill } from './format';
import { errorsByField } from './plan-errors';

interface Props {
  index: number;
  values: PlanFormValues;
  check: PlanCheck;
  onChange: (values: PlanFormValues) => void;
  onRemove: () => void;
  strings: CalculatorStrings;
  locale: Locale;
}

export function PlanEditor({ index, values, check, onChange, onRemove, strings: s }: Props) {
  const id = `calc-vs${index}`;
  const errors = errorsByField(check);
  const set = (field: keyof PlanFormValues) => (value: string) => onChange({ ...values, [field]: value });
  const label = fill(s.compare.planLabel, { n: index + 2 });
  return (
    <fieldset class="calc-plan-editor">
      <legend>{label}</legend>
      <div class="calc-field calc-field--compact">
        <label for={`${id}-method`}>{s.compare.method}</label>
        <select id={`${id}-method`} value={values.method} onChange={(event) => set('method')(event.currentTarget.value)}>
          {METHODS.map((method) => (
            <option key={method} value={method}>
              {s.methods[method].name}
            </option>
          ))}
        </select>
      </div>
      <Field compact id={`${id}-principal`} label={s.form.principal} unit={s.form.principalUnit} inputMode="decimal" value={values.principal} onValue={set('principal')} error={errors.principal} />
      <Field compact id={`${id}-months`} label={s.form.months} unit={s.form.monthsUnit} inputMode="numeric" value={values.months} onValue={set('months')} error={errors.months} />
      {RATE_METHODS.includes(values.method as Method) && (
        <Field compact id={`${id}-rate`} label={s.form.rate} unit={s.form.rateUnit} inputMode="decimal" value={values.annualRatePercent} onValue={set('annualRatePercent')} error={errors.annualRatePercent} />
      )}
      {values.method === 'fixed-fee' && (
        <Field compact id={`${id}-fee`} label={s.form.fee} unit={s.form.feeUnit} inputMode="decimal" value={values.monthlyFeePercent} onValue={set('monthlyFeePercent')} error={errors.monthlyFeePercent} />
      )}
      <button type="button" class="button button--secondary calc-plan-editor__remove" onClick={onRemove}>
        {fill(s.compare.remove, { n: index + 2 })}
      </button>
    </fieldset>
  );
}
