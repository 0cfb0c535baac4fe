/**
 * The repayment core: schedules in integer fen, the annualised rate by IRR,
 * affordability, comparison, CSV and URL state. No DOM, no framework.
 */
export type { Method, PlanInput, ScheduleRow, Schedule } from './types';
export { METHODS, RATE_METHODS } from './types';
export { buildSchedule, equalInstallmentFen, scheduleRowsFen, scheduleFromFenRows, type FenRow } from './schedule';
export {
  PlanInputError,
  checkPlanInput,
  parsePlanInput,
  MAX_PRINCIPAL,
  MAX_MONTHS,
  MAX_ANNUAL_RATE,
  MAX_MONTHLY_FEE,
  type FieldIssue,
  type PlanField,
  type PlanCheck,
} from './validate';
export { validationMessages, type ValidationMessages } from './messages';
export { affordablePlan, paymentPlan, AffordInputError, availableFen, DEFAULT_BUFFER_PERCENT, DEFAULT_MAX_MONTHS, type AffordOptions, type AffordResult, type AffordField, type PaymentResult } from './afford';
export { otherReadings, DAILY_UP_TO, MONTHLY_FROM, MONTHLY_UP_TO, type OtherReadings } from './rate-unit';
export { comparePlans, MAX_COMPARED_PLANS, type ComparedPlan, type Comparison } from './compare';
export { scheduleCsv, csvFileName, type CsvHeadings, type CsvLabels } from './csv';
export { irr, npv, loanMonthlyRate, IRR_TOLERANCE } from './irr';
export { pmt, ipmt, ppmt, fv, rate } from './financial';
export { yuanToFen, fenToYuan } from './money';
export { parseIsoDate, formatIsoDate, addMonthsKeepingDay, dueDates, daysInMonth } from './dates';
export { formToPlanInput, parseNumberInput, planToFormValues, isMethod, type PlanFormValues } from './form';
export {
  parseCalculatorQuery,
  calculatorQuery,
  defaultCalculatorState,
  DEFAULT_PLAN_FORM,
  MAX_EXTRA_PLANS,
  type CalculatorState,
} from './query';
