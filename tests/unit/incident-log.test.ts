/**
 * The borrower's incident log (src/lib/incidents/log.ts) and the self-check form's
 * values (src/lib/selfcheck/form.ts): what may be stored, the CSV a spreadsheet opens,
 * the letter line, and the form turned into an Incident or into a message per field.
 */
import { describe, expect, it, test } from 'vitest';
import { emptyLog, entryLine, logCsv, parseLog, sortedEntries, withEntry, withoutEntry, type LogEntry, type LogWords } from '../../src/lib/incidents/log';
import { addDays, emptyForm, fromIncident, toIncident } from '../../src/lib/selfcheck/form';
import { assess } from '../../src/lib/selfcheck';

const words: LogWords = {
  channel: { visit: '上门', phone: '电话', sms: '短信', letter: '信件', online: '网上' },
  person: { borrower: '本人', guarantor: '担保人', family: '家人', employer: '单位', colleague: '同事', neighbour: '邻居', 'emergency-contact': '紧急联系人', other: '其他人' },
  columns: ['日期', '时间', '方式', '是谁', '联系了谁', '经过', '证据'],
};
const entry = (more: Partial<LogEntry> = {}): LogEntry => ({
  id: 'a1', date: '2026-11-20', time: '21:30', channel: 'visit', who: '两名男子', contacted: ['neighbour'], said: '对邻居说我欠钱', evidence: '门口监控', ...more,
});

describe('the stored log', () => {
  it('round-trips, newest first', () => {
    const log = withEntry(withEntry(emptyLog(), entry()), entry({ id: 'b2', date: '2026-11-21', time: '' }));
    expect(parseLog(JSON.stringify(log))).toEqual({ log, state: 'ok' });
    expect(sortedEntries(log).map((e) => e.id)).toEqual(['b2', 'a1']);
    expect(withoutEntry(log, 'a1').entries.map((e) => e.id)).toEqual(['b2']);
  });
  test.each([
    ['not JSON', '[{'],
    ['an entry with a bad time', JSON.stringify({ schema: 1, entries: [entry({ time: '25:00' })] })],
    ['an unknown channel', JSON.stringify({ schema: 1, entries: [entry({ channel: 'fax' as never })] })],
    ['an unknown person', JSON.stringify({ schema: 1, entries: [entry({ contacted: ['dog' as never] })] })],
    ['entries not a list', JSON.stringify({ schema: 1, entries: {} })],
  ])('%s is corrupt', (_, raw) => {
    expect(parseLog(raw)).toEqual({ log: emptyLog(), state: 'corrupt' });
  });
  it('a newer schema is reported, not misread', () => {
    expect(parseLog(JSON.stringify({ schema: 2, entries: 'whatever' })).state).toBe('newer');
  });
});

describe('the CSV', () => {
  const csv = logCsv(withEntry(emptyLog(), entry({ said: '他说"明天再来"', evidence: '=HYPERLINK("x")' })), words);
  it('opens in Excel and WPS: BOM, CRLF, every field quoted, quotes doubled', () => {
    expect(csv.startsWith('\uFEFF"日期","时间","方式","是谁","联系了谁","经过","证据"\r\n')).toBe(true);
    expect(csv).toContain('"2026-11-20","21:30","上门","两名男子","邻居","他说""明天再来""",');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('never hands a spreadsheet a formula', () => {
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

it('one line per entry for a letter, in either language', () => {
  expect(entryLine(entry(), words, 'zh-cn')).toBe('2026-11-20 21:30 上门（两名男子）：对邻居说我欠钱；证据：门口监控');
  expect(entryLine(entry({ time: '', who: '', evidence: '' }), words, 'en')).toBe('2026-11-20 上门: 对邻居说我欠钱');
});

describe('the self-check form', () => {
  it('a phone call leaves out the questions of a visit', () => {
    const out = toIncident({ ...emptyForm(), channel: 'phone', calls: '7', staff: '1', showedId: 'no', lender: 'bank-card' });
    expect(out).toEqual({ incident: { channel: 'phone', callsThatDay: 7, lender: 'bank-card', contacted: [], toldDebtTo: [], threats: [], posedAs: [], extraFees: false } });
  });
  it('a visit keeps them; "not sure" stays unknown', () => {
    const out = toIncident({ ...emptyForm(), staff: '2', showedId: 'no', recorded: 'unknown', time: '21:30' });
    expect(out).toMatchObject({ incident: { channel: 'visit', staff: 2, showedId: false, entry: 'none', time: '21:30', agreedTime: false } });
    expect('incident' in out && 'recorded' in out.incident).toBe(false);
  });
  test.each([
    [{ time: '25:00' }, 'time'], [{ time: '9:3' }, 'time'], [{ staff: '0' }, 'staff'], [{ staff: 'two' }, 'staff'],
    [{ channel: 'phone' as const, calls: '-1' }, 'calls'], [{ channel: 'phone' as const, calls: '1e3' }, 'calls'],
  ])('%j is refused at the field %s, before any rule runs', (values, field) => {
    const out = toIncident({ ...emptyForm(), ...values });
    expect(out).toEqual({ errors: { [field]: field } });
  });
  it('every incident the form makes is one the self-check accepts, and back again', () => {
    const values = { ...emptyForm(), lender: 'online-platform' as const, channel: 'phone' as const, calls: '4', time: '22:10', toldDebtTo: ['colleague' as const], payTo: 'unknown' as const };
    const out = toIncident(values);
    if (!('incident' in out)) throw new Error('expected an incident');
    expect(() => assess(out.incident)).not.toThrow();
    expect(fromIncident(out.incident)).toEqual(values);
  });
  it('adds calendar days across months and years', () => {
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addDays('2028-02-20', 15)).toBe('2028-03-06');
  });
});
