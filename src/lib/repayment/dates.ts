/**
 * Calendar dates as plain 'YYYY-MM-DD' strings and integers: no Date object, so no
 * time zone can move a due date by a day.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1 … 12
  day: number; // 1 … 31
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date between MIN_YEAR and MAX_YEAR written YYYY-MM-DD, or null. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export const formatIsoDate = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The date `offset` months after `first`, keeping first's day of the month and
 * clamping it to the month's last day (Jan 31 → Feb 28/29 → Mar 31).
 */
export function addMonthsKeepingDay(first: CalendarDate, offset: number): CalendarDate {
  const monthIndex = first.year * 12 + (first.month - 1) + offset;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(first.day, daysInMonth(year, month)) };
}

/** Due dates of periods 1 … n for a first due date, as YYYY-MM-DD. */
export function dueDates(firstDueDate: string, months: number): string[] {
  const first = parseIsoDate(firstDueDate);
  if (!first) throw new RangeError(`not a date: ${firstDueDate}`);
  return Array.from({ length: months }, (_, i) => formatIsoDate(addMonthsKeepingDay(first, i)));
}
