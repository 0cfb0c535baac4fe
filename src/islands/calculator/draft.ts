/** The text of a 协商还款申请 (request to negotiate repayment), filled in from a plan. */
import type { Locale } from '../../lib/i18n/locales';
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import type { PlanInput, Schedule } from '../../lib/repayment/types';
import { fill, longDate, money, percent } from './format';

export type DebtKind = 'card' | 'loan';

export function negotiationDraft(plan: PlanInput, schedule: Schedule, kind: DebtKind, strings: CalculatorStrings, locale: Locale): string {
  const d = strings.draft;
  const m = (yuan: number) => money(yuan, locale);
  const payments = schedule.rows.map((row) => row.payment);
  const first = payments[0] ?? 0;
  const last = payments.at(-1) ?? 0;
  const cost = schedule.totalInterest + schedule.totalFee;
  const varies = payments.slice(0, -1).some((p) => p !== first);
  return fill(d.template, {
    accountLabel: kind === 'card' ? d.accountCard : d.accountLoan,
    principal: m(plan.principal),
    method: strings.methods[plan.method].name,
    months: schedule.rows.length,
    firstDate: plan.firstDueDate ? fill(d.firstDate, { date: longDate(plan.firstDueDate, strings.dateFormat) }) : d.noFirstDate,
    instalment: varies ? fill(strings.results.instalmentVaries, { first: m(first), max: m(Math.max(...payments)) }) : m(first),
    lastNote: !varies && last !== first ? fill(d.lastDiffers, { last: m(last) }) : '',
    total: m(schedule.totalPayment),
    costNote: cost > 0 ? fill(d.costCharged, { cost: m(cost), apr: percent(schedule.aprPercent) }) : d.costFree,
    rule: kind === 'card' ? d.rule : '',
  });
}
