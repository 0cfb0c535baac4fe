/**
 * Every string of the repayment calculator (page, island, no-JS explainer), per
 * locale. Plain data with {name} placeholders and no functions, so the page can pass
 * one locale's strings to the island as a prop and the island's JavaScript carries
 * neither language. Validation messages live with the core (lib/repayment/messages.ts).
 */
import type { Method } from '../repayment/types';
import type { CsvHeadings, CsvLabels } from '../repayment/csv';
import type { Locale } from './locales';
import type { PluralForms } from './format';
import { calculatorZhCn } from './dictionaries/calculator.zh-cn';
import { calculatorEn } from './dictionaries/calculator.en';

export interface MethodStrings {
  name: string;
  /** one line: what the borrower pays and when */
  summary: string;
  /** the formula, as plain text */
  formula: string;
}

export interface CalculatorStrings {
  page: { title: string; description: string; lead: string; noscript: string };
  methods: Record<Method, MethodStrings>;
  form: {
    legend: string;
    methodLegend: string;
    principal: string;
    principalUnit: string;
    principalHelp: string;
    months: string;
    monthsUnit: string;
    monthsHelp: string;
    rate: string;
    rateUnit: string;
    rateHelp: string;
    fee: string;
    feeUnit: string;
    feeHelp: string;
    firstDueDate: string;
    firstDueDateHelp: string;
    fixErrors: string;
    /** a rate in the annual field that reads like a daily or monthly one: {rate}, {annual} */
    rateAsk: string;
    rateDaily: string;
    rateMonthly: string;
    rateKeep: string;
    rateFromDaily: string;
    rateFromMonthly: string;
  };
  notice: { malformed: string; params: Record<string, string>; dismiss: string };
  results: {
    heading: string;
    instalment: string;
    instalmentVaries: string;
    instalmentLast: string;
    payments: string;
    paymentsValue: string;
    totalPaid: string;
    totalCost: string;
    interest: string;
    fees: string;
    apr: string;
    ear: string;
    aprSentence: string;
    feeGap: string;
    earlyClear: string;
    /** the plan in one line, printed above the results (the form is not printed) */
    planLine: string;
    planFirst: string;
  };
  actions: { csv: string; csvFailed: string; print: string; share: string; copied: string; copyFailed: string };
  /** Column headings are shared with the CSV download. */
  table: CsvHeadings & { summary: string; caption: string; total: string; showAll: string; showFirst: string };
  /** the CSV download's header lines and file name */
  csv: CsvLabels;
  chart: { title: string; description: string; axisMonths: PluralForms };
  compare: {
    heading: string;
    intro: string;
    planLabel: string;
    thisPlan: string;
    add: string;
    remove: string;
    method: string;
    firstPayment: string;
    largestPayment: string;
    months: string;
    totalPaid: string;
    totalCost: string;
    apr: string;
    cheapest: string;
    lightest: string;
    fixFirst: string;
  };
  afford: {
    heading: string;
    /** "I can pay ¥X a month" */
    payIntro: string;
    payment: string;
    paymentHelp: string;
    payFits: string;
    payBelowInterest: string;
    payTooLong: string;
    payOverFiveYears: string;
    /** from income and essential spending */
    incomeHeading: string;
    intro: string;
    income: string;
    incomeHelp: string;
    essentials: string;
    essentialsHelp: string;
    unit: string;
    available: string;
    fits: string;
    nothingLeft: string;
    tooLong: string;
    use: string;
    addToCompare: string;
    basedOn: string;
  };
  draft: {
    heading: string;
    intro: string;
    kind: string;
    kindCard: string;
    kindLoan: string;
    overFiveYears: string;
    label: string;
    copy: string;
    copied: string;
    copyFailed: string;
    /** the letter; {rule} is replaced by `rule` for card debt and by nothing otherwise */
    template: string;
    rule: string;
    firstDate: string;
    noFirstDate: string;
    lastDiffers: string;
    costFree: string;
    costCharged: string;
    accountCard: string;
    accountLoan: string;
  };
  explainer: {
    heading: string;
    intro: string;
    formula: string;
    example: string;
    exampleText: string;
    exampleLast: string;
    costRate: string;
    costFee: string;
    conventions: string;
    conventionList: string[];
  };
  /** 'YYYY-MM-DD' dates in the draft */
  dateFormat: string;
}

export const calculatorStrings: Record<Locale, CalculatorStrings> = { 'zh-cn': calculatorZhCn, en: calculatorEn };
