/**
 * Checks an incident before any rule sees it: every field known, every value one
 * the self-check understands. Bad input throws IncidentInputError naming the field;
 * nothing is guessed or silently dropped.
 */
import { channels, entries, IncidentInputError, lenders, payees, persons, posings, threats, type Incident } from './types';

const booleans = ['agreedTime', 'showedId', 'recorded', 'extraFees'] as const;
const known = new Set(['channel', 'time', 'callsThatDay', 'contacted', 'toldDebtTo', 'entry', 'staff', 'threats', 'posedAs', 'payTo', 'lender', ...booleans]);

function oneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new IncidentInputError(field, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
}
function listOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (!Array.isArray(value)) throw new IncidentInputError(field, 'expected a list');
  value.forEach((v, i) => oneOf(`${field}[${i}]`, v, allowed));
}
function count(field: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw new IncidentInputError(field, `expected a whole number of at least ${min}, got ${JSON.stringify(value)}`);
}

export function checkIncident(input: Incident): Incident {
  if (typeof input !== 'object' || input === null) throw new IncidentInputError('incident', 'expected an object');
  for (const key of Object.keys(input)) if (!known.has(key)) throw new IncidentInputError(key, 'is not a field of an incident');
  const i = input as unknown as Record<string, unknown>;
  oneOf('channel', i.channel, channels);
  if (i.time !== undefined && (typeof i.time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(i.time))) {
    throw new IncidentInputError('time', `expected a time from 00:00 to 23:59, got ${JSON.stringify(i.time)}`);
  }
  if (i.callsThatDay !== undefined) count('callsThatDay', i.callsThatDay, 0);
  if (i.staff !== undefined) count('staff', i.staff, 1);
  if (i.contacted !== undefined) listOf('contacted', i.contacted, persons);
  if (i.toldDebtTo !== undefined) listOf('toldDebtTo', i.toldDebtTo, persons);
  if (i.threats !== undefined) listOf('threats', i.threats, threats);
  if (i.posedAs !== undefined) listOf('posedAs', i.posedAs, posings);
  if (i.entry !== undefined) oneOf('entry', i.entry, entries);
  if (i.payTo !== undefined) oneOf('payTo', i.payTo, payees);
  if (i.lender !== undefined) oneOf('lender', i.lender, lenders);
  for (const b of booleans) if (i[b] !== undefined && typeof i[b] !== 'boolean') throw new IncidentInputError(b, `expected true or false, got ${JSON.stringify(i[b])}`);
  return input;
}
