/**
 * Validation messages of the repayment core, in the reader's language. They are
 * shown beside the form fields, so each one says what to type, not what went wrong
 * inside the program.
 */
import type { Locale } from '../i18n/locales';

export interface ValidationMessages {
  required: string;
  notNumber: string;
  method: string;
  principalPositive: string;
  principalMax: string;
  principalDecimals: string;
  monthsWhole: string;
  monthsRange: string;
  rateRange: string;
  rateDecimals: string;
  rateRequired: string;
  feeRange: string;
  feeDecimals: string;
  feeRequired: string;
  date: string;
  amountPositive: string;
  amountNonNegative: string;
  amountMax: string;
  bufferRange: string;
  maxMonthsRange: string;
}

export const validationMessages: Record<Locale, ValidationMessages> = {
  'zh-cn': {
    required: '请填写这一项。',
    notNumber: '请输入数字，例如 12000 或 12000.50。',
    method: '请选择一种还款方式。',
    principalPositive: '金额须大于 0。',
    principalMax: '金额不能超过 100,000,000 元。',
    principalDecimals: '金额最多两位小数（精确到分）。',
    monthsWhole: '期数须为整数。',
    monthsRange: '期数须在 1 到 360 之间。',
    rateRange: '年利率须在 0% 到 1000% 之间。比这更高的数字通常是多打了一位，或把别的数填进了这一栏。',
    rateDecimals: '利率最多四位小数。',
    rateRequired: '这种还款方式需要填写年利率（没有利息就填 0）。',
    feeRange: '每月手续费率须在 0% 到 5% 之间。',
    feeDecimals: '费率最多四位小数。',
    feeRequired: '分期手续费方式需要填写每月手续费率。',
    date: '请输入 2000 年至 2100 年间的真实日期，格式如 2025-03-15。',
    amountPositive: '金额须大于 0。',
    amountNonNegative: '金额不能为负数。',
    amountMax: '金额不能超过 100,000,000 元。',
    bufferRange: '缓冲比例须在 0% 到 90% 之间。',
    maxMonthsRange: '最长期数须为 1 到 360 之间的整数。',
  },
  en: {
    required: 'Fill in this field.',
    notNumber: 'Enter a number, for example 12000 or 12000.50.',
    method: 'Choose a repayment method.',
    principalPositive: 'The amount must be more than 0.',
    principalMax: 'The amount can be at most 100,000,000 yuan.',
    principalDecimals: 'Use at most 2 decimal places (to the fen).',
    monthsWhole: 'Enter a whole number of months.',
    monthsRange: 'Enter between 1 and 360 months.',
    rateRange: 'The annual rate must be between 0% and 1000%. A larger number is usually a typing slip or a figure from another field.',
    rateDecimals: 'Use at most 4 decimal places for a rate.',
    rateRequired: 'This method needs an annual rate (enter 0 if there is no interest).',
    feeRange: 'The monthly fee must be between 0% and 5%.',
    feeDecimals: 'Use at most 4 decimal places for a rate.',
    feeRequired: 'The fee-per-instalment method needs a monthly fee rate.',
    date: 'Enter a real date between 2000 and 2100, written like 2025-03-15.',
    amountPositive: 'The amount must be more than 0.',
    amountNonNegative: 'The amount cannot be negative.',
    amountMax: 'The amount can be at most 100,000,000 yuan.',
    bufferRange: 'The buffer must be between 0% and 90%.',
    maxMonthsRange: 'The longest term must be a whole number from 1 to 360.',
  },
};
