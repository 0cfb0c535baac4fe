/**
 * The self-check form as the reader fills it (strings and ticks) and the Incident it
 * stands for. Pure: the island keeps the values, this turns them into an incident or
 * into a message per field, and back again from a log entry.
 */
import type { Channel, Incident, Lender, Person } from './types';

export type Tri = 'yes' | 'no' | 'unknown';
export interface FormValues {
  lender: Lender | 'unknown';
  channel: Channel;
  date: string;
  time: string;
  agreedTime: boolean;
  calls: string;
  staff: string;
  showedId: Tri;
  recorded: Tri;
  entry: NonNullable<Incident['entry']>;
  contacted: Person[];
  toldDebtTo: Person[];
  threats: NonNullable<Incident['threats']>;
  posedAs: NonNullable<Incident['posedAs']>;
  payTo: NonNullable<Incident['payTo']> | 'none';
  extraFees: boolean;
}

export const emptyForm = (): FormValues => ({
  lender: 'unknown', channel: 'visit', date: '', time: '', agreedTime: false, calls: '', staff: '', showedId: 'unknown', recorded: 'unknown',
  entry: 'none', contacted: [], toldDebtTo: [], threats: [], posedAs: [], payTo: 'none', extraFees: false,
});

export type FormErrors = Partial<Record<'time' | 'calls' | 'staff' | 'date', 'time' | 'calls' | 'staff' | 'date'>>;

const tri = (v: Tri) => (v === 'unknown' ? undefined : v === 'yes');
const whole = (s: string) => (/^\d{1,4}$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/**
 * The incident the form describes, or the fields to correct. Questions that belong to
 * another channel (how many came, for a phone call) are left out, not guessed.
 */
export function toIncident(v: FormValues): { incident: Incident } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const time = v.time.trim();
  if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors.time = 'time';
  if (v.date && !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) errors.date = 'date';
  const calls = v.calls.trim() ? whole(v.calls) : undefined;
  if (v.channel === 'phone' && calls !== undefined && Number.isNaN(calls)) errors.calls = 'calls';
  const staff = v.staff.trim() ? whole(v.staff) : undefined;
  if (v.channel === 'visit' && staff !== undefined && (Number.isNaN(staff) || staff < 1)) errors.staff = 'staff';
  if (Object.keys(errors).length) return { errors };
  const incident: Incident = {
    channel: v.channel,
    contacted: v.contacted, toldDebtTo: v.toldDebtTo, threats: v.threats, posedAs: v.posedAs, extraFees: v.extraFees,
    ...(time ? { time, agreedTime: v.agreedTime } : {}),
    ...(v.lender !== 'unknown' ? { lender: v.lender } : {}),
    ...(v.payTo !== 'none' ? { payTo: v.payTo } : {}),
    ...(v.channel === 'phone' && calls !== undefined ? { callsThatDay: calls } : {}),
  };
  if (v.channel === 'visit') {
    Object.assign(incident, { entry: v.entry },
      staff !== undefined ? { staff } : {},
      tri(v.showedId) !== undefined ? { showedId: tri(v.showedId) } : {},
      tri(v.recorded) !== undefined ? { recorded: tri(v.recorded) } : {});
  }
  return { incident };
}

/** Form values from a stored incident (a log entry checked before), for checking it again. */
export function fromIncident(i: Incident, date = ''): FormValues {
  const t = (b: boolean | undefined): Tri => (b === undefined ? 'unknown' : b ? 'yes' : 'no');
  return {
    ...emptyForm(),
    lender: i.lender ?? 'unknown', channel: i.channel, date, time: i.time ?? '', agreedTime: i.agreedTime ?? false,
    calls: i.callsThatDay !== undefined ? String(i.callsThatDay) : '', staff: i.staff !== undefined ? String(i.staff) : '',
    showedId: t(i.showedId), recorded: t(i.recorded), entry: i.entry ?? 'none', contacted: i.contacted ?? [], toldDebtTo: i.toldDebtTo ?? [],
    threats: i.threats ?? [], posedAs: i.posedAs ?? [], payTo: i.payTo ?? 'none', extraFees: i.extraFees ?? false,
  };
}

/** A day n days after YYYY-MM-DD (calendar days, no time zone involved). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return date.toISOString().slice(0, 10);
}
