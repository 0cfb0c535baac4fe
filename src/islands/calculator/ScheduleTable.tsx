/**
 * The full schedule, in a <details> so that a 360-month plan does not bury the page. On a
 * phone, where each payment is a card, only the first few show until the reader asks for
 * all (calculator.css folds them on narrow screens only; print shows every row).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import type { Schedule } from '../../lib/repayment/types';
import { fill, money } from './format';

interface Props {
  principal: number;
  schedule: Schedule;
  strings: CalculatorStrings['table'];
  locale: Locale;
}

const OPEN_UP_TO = 24;
/** rows shown on a phone before "show all"; a plan of up to FOLD_OVER rows is never folded */
const FIRST = 3;
const FOLD_OVER = 6;

export function ScheduleTable({ principal, schedule, strings, locale }: Props) {
  const { rows } = schedule;
  // Folded for long plans until the reader opens or closes it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [all, setAll] = useState(false);
  const fold = rows.length > FOLD_OVER;
  const open = chosen ?? rows.length <= OPEN_UP_TO;
  const details = useRef<HTMLDetailsElement>(null);
  // A printout shows every row: open the table at once, before the page is laid out for print.
  useEffect(() => {
    const show = () => {
      if (details.current) details.current.open = true;
      setChosen(true);
    };
    addEventListener('beforeprint', show);
    return () => removeEventListener('beforeprint', show);
  }, []);
  const withDates = rows.some((row) => row.dueDate !== undefined);
  const withFees = schedule.totalFee > 0;
  const m = (yuan: number) => money(yuan, locale);
  return (
    <details ref={details} class="calc-schedule" open={open} onToggle={(event) => event.currentTarget.open !== open && setChosen(event.currentTarget.open)}>
      <summary>{fill(strings.summary, { n: rows.length })}</summary>
      <div class={`calc-table-wrap${rows.length > OPEN_UP_TO ? ' calc-table-wrap--scroll' : ''}`} tabIndex={0} role="region" aria-label={strings.caption}>
        <table class="calc-table">
          <caption>{strings.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.period}</th>
              {withDates && <th scope="col">{strings.dueDate}</th>}
              <th scope="col">{strings.payment}</th>
              <th scope="col">{strings.principal}</th>
              <th scope="col">{strings.interest}</th>
              {withFees && <th scope="col">{strings.fee}</th>}
              <th scope="col">{strings.balance}</th>
            </tr>
          </thead>
          <tbody id="calc-schedule-rows" class={fold && !all ? 'calc-fold' : undefined}>
            {rows.map((row) => (
                <tr key={row.period}>
                  <th scope="row" data-label={strings.period}>
                    {row.period}
                  </th>
                  {withDates && <td data-label={strings.dueDate}>{row.dueDate}</td>}
                  <td data-label={strings.payment}>{m(row.payment)}</td>
                  <td data-label={strings.principal}>{m(row.principal)}</td>
                  <td data-label={strings.interest}>{m(row.interest)}</td>
                  {withFees && <td data-label={strings.fee}>{m(row.fee)}</td>}
                  <td data-label={strings.balance}>{m(row.balance)}</td>
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{strings.total}</th>
              {withDates && <td />}
              <td data-label={strings.payment}>{m(schedule.totalPayment)}</td>
              <td data-label={strings.principal}>{m(principal)}</td>
              <td data-label={strings.interest}>{m(schedule.totalInterest)}</td>
              {withFees && <td data-label={strings.fee}>{m(schedule.totalFee)}</td>}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {fold && (
        <button type="button" class="button button--secondary calc-schedule__more" aria-expanded={all} aria-controls="calc-schedule-rows" onClick={() => setAll(!all)}>
          {all ? fill(strings.showFirst, { k: FIRST }) : fill(strings.showAll, { n: rows.length })}
        </button>
      )}
    </details>
  );
}
