/**
 * The repayment calculator island. The numbers all come from lib/repayment; this file
 * holds the state (the plans mirrored in the URL query; what the reader says about their
 * own money stays in AffordPlanner's state), the form, and the sections built on the
 * current plan. Strings arrive as a prop, one locale only.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locales';
import type { CalculatorStrings } from '../lib/i18n/calculator';
import { formToPlanInput, parseNumberInput, planToFormValues, type PlanFormValues } from '../lib/repayment/form';
import { calculatorQuery, DEFAULT_PLAN_FORM, parseCalculatorQuery } from '../lib/repayment/query';
import { otherReadings } from '../lib/repayment/rate-unit';
import { buildSchedule } from '../lib/repayment/schedule';
import { METHODS, RATE_METHODS, type Method, type PlanInput } from '../lib/repayment/types';
import { checkPlanInput } from '../lib/repayment/validate';
import { AffordPlanner } from './calculator/AffordPlanner';
import { ComparePlans } from './calculator/ComparePlans';
import { Field } from './calculator/Field';
import { fill, ratePercent } from './calculator/format';
import { NegotiationDraft } from './calculator/NegotiationDraft';
import { errorsByField } from './calculator/plan-errors';
import { Results } from './calculator/Results';

interface Props {
  locale: Locale;
  strings: CalculatorStrings;
}

const validPlans = (forms: readonly PlanFormValues[], locale: Locale): PlanInput[] =>
  forms.flatMap((values) => {
    const check = checkPlanInput(formToPlanInput(values), locale);
    return check.ok ? [check.value] : [];
  });

export default function RepaymentCalculator({ locale, strings: s }: Props) {
  const [plan, setPlan] = useState<PlanFormValues>(DEFAULT_PLAN_FORM);
  const [extras, setExtras] = useState<PlanFormValues[]>([]);
  // The reader's answer to "daily or monthly?": the rate text it applies to, kept until that text changes.
  const [rateChoice, setRateChoice] = useState<{ kind: 'daily' | 'monthly' | 'annual'; from: string; to: string } | null>(null);
  const [rejected, setRejected] = useState<string[]>([]);
  // A ref, not state: marking the restore done must not cost a second render on arrival
  // (the island's hydration is the calculator page's main-thread work; Lighthouse's TBT).
  const restored = useRef(false);

  const check = useMemo(() => checkPlanInput(formToPlanInput(plan), locale), [plan, locale]);
  const valid = check.ok ? check.value : null;
  const schedule = useMemo(() => (valid ? buildSchedule(valid, locale) : null), [valid, locale]);
  const errors = errorsByField(check);

  // Keep the URL in step with a valid plan (replaceState: no history entry per keystroke).
  // Declared before the restore below, so on arrival it runs first and does nothing.
  useEffect(() => {
    if (!restored.current || !valid) return;
    const query = calculatorQuery(valid, validPlans(extras, locale));
    if (query !== location.search && !(location.search === '' && rejected.length === 0 && query === defaultQuery)) {
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }
  }, [valid, extras, locale, rejected]);

  // Restore a shared or bookmarked plan. A malformed query never throws: the bad
  // parameters fall back to defaults and are named in a notice. No query: nothing to render again.
  useEffect(() => {
    restored.current = true;
    if (location.search === '') return;
    const { state, rejected: bad } = parseCalculatorQuery(location.search);
    setPlan(state.plan);
    setExtras(state.compare);
    setRejected(bad);
  }, []);

  const set = (field: keyof PlanFormValues) => (value: string) => setPlan({ ...plan, [field]: value });
  const method = plan.method as Method;
  const rateText = plan.annualRatePercent;
  const rate = errors.annualRatePercent ? undefined : parseNumberInput(rateText);
  const rp = ratePercent(rate ?? 0);
  const readings = rateChoice?.kind === 'annual' && rateChoice.to === rateText ? null : otherReadings(rate);
  const chooseRate = (kind: 'daily' | 'monthly' | 'annual', annual?: number) => {
    const to = annual === undefined ? rateText : String(annual);
    setRateChoice({ kind, from: rp, to });
    set('annualRatePercent')(to);
    document.getElementById('calc-rate')?.focus();
  };
  const rateNote = rateChoice && rateChoice.kind !== 'annual' && rateChoice.to === rateText ? fill(rateChoice.kind === 'daily' ? s.form.rateFromDaily : s.form.rateFromMonthly, { rate: rateChoice.from, annual: ratePercent(Number(rateChoice.to)) }) : '';
  const suggestion = (index: number): PlanFormValues =>
    index === 0
      ? { ...DEFAULT_PLAN_FORM, method: 'interest-free', principal: plan.principal, months: '36' }
      : { ...DEFAULT_PLAN_FORM, method: 'fixed-fee', principal: plan.principal, months: '24' };

  return (
    <div class="calc">
      {rejected.length > 0 && (
        <div class="calc-notice" role="alert" data-testid="query-notice">
          <p>{fill(s.notice.malformed, { params: rejected.map((name) => s.notice.params[name] ?? name).join(locale === 'en' ? ', ' : '、') })}</p>
          <button type="button" class="button button--secondary" onClick={() => setRejected([])}>
            {s.notice.dismiss}
          </button>
        </div>
      )}
      <form class="calc-form" noValidate onSubmit={(event) => event.preventDefault()} aria-label={s.form.legend}>
        <fieldset class="calc-choice">
          <legend>{s.form.methodLegend}</legend>
          {METHODS.map((value) => (
            <label key={value} class="calc-choice__option">
              <input type="radio" name="calc-method" value={value} checked={method === value} onChange={() => set('method')(value)} />
              <span class="calc-choice__name">{s.methods[value].name}</span>
              <span class="calc-choice__summary">{s.methods[value].summary}</span>
            </label>
          ))}
        </fieldset>
        <div class="calc-form__fields">
          <Field id="calc-principal" label={s.form.principal} unit={s.form.principalUnit} help={s.form.principalHelp} inputMode="decimal" value={plan.principal} onValue={set('principal')} error={errors.principal} />
          <Field id="calc-months" label={s.form.months} unit={s.form.monthsUnit} help={s.form.monthsHelp} inputMode="numeric" value={plan.months} onValue={set('months')} error={errors.months} />
          {RATE_METHODS.includes(method) && (
            <Field id="calc-rate" label={s.form.rate} unit={s.form.rateUnit} help={s.form.rateHelp} inputMode="decimal" value={rateText} onValue={set('annualRatePercent')} error={errors.annualRatePercent}>
              {readings && (
                <div class="calc-rate-ask" role="group" aria-labelledby="calc-rate-ask" data-testid="rate-ask">
                  <p id="calc-rate-ask">{fill(s.form.rateAsk, { rate: rp })}</p>
                  {(['daily', 'monthly'] as const).map(
                    (kind) =>
                      readings[kind] !== undefined && (
                        <button type="button" class="button button--secondary" onClick={() => chooseRate(kind, readings[kind])}>
                          {fill(kind === 'daily' ? s.form.rateDaily : s.form.rateMonthly, { rate: rp, annual: ratePercent(readings[kind]!) })}
                        </button>
                      ),
                  )}
                  <button type="button" class="button button--secondary" onClick={() => chooseRate('annual')}>
                    {fill(s.form.rateKeep, { rate: rp })}
                  </button>
                </div>
              )}
              <p class="calc-field__note" role="status" data-testid="rate-note">
                {rateNote}
              </p>
            </Field>
          )}
          {method === 'fixed-fee' && (
            <Field id="calc-fee" label={s.form.fee} unit={s.form.feeUnit} help={s.form.feeHelp} inputMode="decimal" value={plan.monthlyFeePercent} onValue={set('monthlyFeePercent')} error={errors.monthlyFeePercent} />
          )}
          <Field id="calc-first" type="date" min="2000-01-01" max="2100-12-31" label={s.form.firstDueDate} help={s.form.firstDueDateHelp} value={plan.firstDueDate} onValue={set('firstDueDate')} error={errors.firstDueDate} />
        </div>
      </form>
      {valid && schedule ? (
        <Results plan={valid} schedule={schedule} strings={s} locale={locale} />
      ) : (
        <p class="calc-notice calc-notice--quiet" role="status" data-testid="fix-errors">
          {s.form.fixErrors}
        </p>
      )}
      <ComparePlans main={check} extras={extras} onExtras={setExtras} suggestion={suggestion} strings={s} locale={locale} />
      <AffordPlanner
        plan={valid}
        onUse={(proposal) => setPlan(planToFormValues(proposal, plan))}
        onCompare={extras.length < 2 ? (proposal) => setExtras([...extras, planToFormValues(proposal, DEFAULT_PLAN_FORM)]) : null}
        strings={s}
        locale={locale}
      />
      {valid && schedule && <NegotiationDraft plan={valid} schedule={schedule} strings={s} locale={locale} />}
    </div>
  );
}

const defaultQuery = (() => {
  const check = checkPlanInput(formToPlanInput(DEFAULT_PLAN_FORM));
  return check.ok ? calculatorQuery(check.value, []) : '';
})();
