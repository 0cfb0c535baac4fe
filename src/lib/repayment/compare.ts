/** Side-by-side comparison of up to three plans, e.g. a lender's offer against a proposal. */
import type { Locale } from '../i18n/locales';
import { buildSchedule } from './schedule';
import type { PlanInput, Schedule } from './types';

export const MAX_COMPARED_PLANS = 3;

export interface ComparedPlan {
  input: PlanInput;
  schedule: Schedule;
  firstPayment: number;
  largestPayment: number;
  /** interest + fees: what the plan costs on top of the principal */
  totalCost: number;
}

export interface Comparison {
  plans: ComparedPlan[];
  /** indexes of the plans with the lowest total cost (ties share the mark) */
  cheapest: number[];
  /** indexes of the plans with the lowest largest instalment */
  lightestMonthly: number[];
  /** indexes of the plans with the lowest APR */
  lowestApr: number[];
}

const fen = (yuan: number) => Math.round(yuan * 100);

const indexesOfMin = (values: readonly number[]): number[] => {
  const min = Math.min(...values);
  return values.flatMap((value, i) => (value === min ? [i] : []));
};

/** Schedules and marks for 1 … 3 plans. An invalid plan throws its PlanInputError. */
export function comparePlans(inputs: readonly PlanInput[], locale: Locale = 'zh-cn'): Comparison {
  if (inputs.length < 1 || inputs.length > MAX_COMPARED_PLANS) {
    throw new RangeError(`compare 1 to ${MAX_COMPARED_PLANS} plans, not ${inputs.length}`);
  }
  const plans = inputs.map((input): ComparedPlan => {
    const schedule = buildSchedule(input, locale);
    const payments = schedule.rows.map((row) => fen(row.payment));
    return {
      input,
      schedule,
      firstPayment: schedule.rows[0]!.payment,
      largestPayment: Math.max(...payments) / 100,
      totalCost: (fen(schedule.totalInterest) + fen(schedule.totalFee)) / 100,
    };
  });
  return {
    plans,
    cheapest: indexesOfMin(plans.map((plan) => fen(plan.totalCost))),
    lightestMonthly: indexesOfMin(plans.map((plan) => fen(plan.largestPayment))),
    // APRs within a hundredth of a percentage point count as equal.
    lowestApr: indexesOfMin(plans.map((plan) => Math.round(plan.schedule.aprPercent * 100))),
  };
}
