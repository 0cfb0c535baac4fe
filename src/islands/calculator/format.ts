/**
 * Formatting for display. Every number shown goes through here, so that no NaN,
 * Infinity, negative zero or empty string can reach the page.
 */
import type { Locale } from '../../lib/i18n/locales';

import { format } from '../../lib/i18n/format';

/** The site's one placeholder filler (src/lib/i18n/format.ts). */
export const fill = format;

const finite = (x: number): number => (Number.isFinite(x) && x !== 0 ? x : 0);

const moneyFormats = new Map<Locale, Intl.NumberFormat>();

/** ¥12,345.67 */
export function money(yuan: number, locale: Locale): string {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    moneyFormats.set(locale, format);
  }
  const text = format.format(finite(yuan));
  return `¥${text === '-0.00' ? '0.00' : text}`;
}

/** 13.03% (two decimals; a rate that rounds to zero shows as 0.00%) */
export function percent(value: number): string {
  const text = finite(value).toFixed(2);
  return `${text === '-0.00' ? '0.00' : text}%`;
}

/** A rate as typed, e.g. 0.6% or 18.25% */
export const ratePercent = (value: number): string => `${finite(value)}%`;

/** 'YYYY-MM-DD' in the locale's date pattern */
export function longDate(iso: string, pattern: string): string {
  const [y, m, d] = iso.split('-');
  return fill(pattern, { y: y ?? '', m: String(Number(m)), d: String(Number(d)) });
}
