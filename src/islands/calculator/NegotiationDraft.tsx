/** A filled-in request to negotiate repayment, to copy and complete. */
import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import type { PlanInput, Schedule } from '../../lib/repayment/types';
import { copyText } from './clipboard';
import { negotiationDraft, type DebtKind } from './draft';
import { fill } from './format';

/** Art. 70 of the 2011 card measures: personalised instalment agreements of at most 5 years. */
const FIVE_YEARS = 60;

interface Props {
  plan: PlanInput;
  schedule: Schedule;
  strings: CalculatorStrings;
  locale: Locale;
}

export function NegotiationDraft({ plan, schedule, strings: s, locale }: Props) {
  const d = s.draft;
  const [kind, setKind] = useState<DebtKind>('card');
  const [status, setStatus] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);
  const draft = negotiationDraft(plan, schedule, kind, s, locale);
  const copy = async () => setStatus((await copyText(draft, text.current)) ? d.copied : d.copyFailed);
  return (
    <section class="calc-draft" aria-labelledby="calc-draft-heading">
      <h2 id="calc-draft-heading">{d.heading}</h2>
      <p>{d.intro}</p>
      <fieldset class="calc-choice calc-choice--inline">
        <legend>{d.kind}</legend>
        {(['card', 'loan'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="calc-debt-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {value === 'card' ? d.kindCard : d.kindLoan}
          </label>
        ))}
      </fieldset>
      {kind === 'card' && plan.months > FIVE_YEARS && <p class="calc-apr-note calc-apr-note--warn">{fill(d.overFiveYears, { months: plan.months })}</p>}
      <label for="calc-draft-text">{d.label}</label>
      <textarea id="calc-draft-text" class="calc-draft__text" readOnly rows={18} value={draft} data-testid="draft" />
      <div class="calc-actions">
        <button type="button" class="button" onClick={copy}>
          {d.copy}
        </button>
        <span class="calc-actions__status" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}
