/**
 * The self-check core (src/lib/selfcheck) with the site's own rules
 * (content/checks.yaml): every rule both ways, who each rule binds, bad input, and
 * properties over random incidents. The last test proves every rule was exercised
 * here to each of its verdicts, so a new rule without tests fails the suite.
 */
import { afterAll, describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assess, rules, IncidentInputError, channels, persons, lenders, entries, threats, posings, payees, type Finding, type Incident } from '../../src/lib/selfcheck';
import { projectRoot } from './helpers/fixture-corpus';

const seen = new Map<string, Set<Finding['verdict']>>();
function run(incident: Incident): Finding[] {
  const findings = assess(incident);
  for (const f of findings) seen.set(f.rule, (seen.get(f.rule) ?? new Set()).add(f.verdict));
  return findings;
}
const find = (findings: Finding[], rule: string) => findings.find((f) => f.rule === rule);
const verdictOf = (incident: Incident, rule: string) => find(run(incident), rule)?.verdict;

const visit = (more: Partial<Incident> = {}): Incident => ({ channel: 'visit', lender: 'bank-card', ...more });
const call = (more: Partial<Incident> = {}): Incident => ({ channel: 'phone', lender: 'bank-card', ...more });

describe('the 21:30 visit with the neighbour told (the reader test)', () => {
  const findings = run(visit({ time: '21:30', staff: 2, contacted: ['borrower', 'neighbour'], toldDebtTo: ['neighbour'], showedId: true }));
  it('finds the disclosure a breach of law, with the Civil Code cited by article', () => {
    const d = find(findings, 'disclosure')!;
    expect(d).toMatchObject({ verdict: 'breach', strength: 'law', topic: 'disclosure' });
    expect(d.sources).toContainEqual({ id: 'civil-code', article: '第1032条、第1034条' });
  });
  it('does not call 21:30 a night-time breach', () => {
    expect(find(findings, 'night-banks')?.verdict).toBe('ok');
  });
  it('cannot tell about contacting the neighbour without knowing what was said', () => {
    expect(find(findings, 'third-party-card')).toMatchObject({ verdict: 'unclear', strength: 'regulation' });
    expect(find(findings, 'third-party-card')?.decide?.zh).toBeTruthy();
  });
  it('lists breaches first', () => {
    expect(findings[0]?.verdict).toBe('breach');
  });
});

describe('hours', () => {
  test.each([['22:00', 'breach'], ['23:59', 'breach'], ['00:00', 'breach'], ['07:59', 'breach'], ['08:00', 'ok'], ['21:59', 'ok'], ['14:00', 'ok']])('a bank visit at %s: %s', (time, want) => {
    expect(verdictOf(visit({ time }), 'night-banks')).toBe(want);
  });
  it('a time the borrower agreed is not a breach', () => {
    expect(verdictOf(visit({ time: '22:30', agreedTime: true }), 'night-banks')).toBe('ok');
  });
  it('an online lender is held to the national standard, not the banking guideline', () => {
    const findings = run(call({ lender: 'online-platform', time: '23:00' }));
    expect(find(findings, 'night-online')).toMatchObject({ verdict: 'breach', strength: 'standard' });
    expect(find(findings, 'night-banks')).toBeUndefined();
    expect(verdictOf(call({ lender: 'online-platform', time: '09:00' }), 'night-online')).toBe('ok');
  });
  it('a private lender is bound by neither, so no hours finding at all', () => {
    expect(run(visit({ lender: 'private', time: '23:00' })).filter((f) => f.topic === 'hours')).toEqual([]);
  });
  it('says nothing about hours when the time is not known', () => {
    expect(run(visit()).filter((f) => f.topic === 'hours')).toEqual([]);
  });
});

describe('frequency', () => {
  it('more than 6 calls a day breaks the banking guideline; 6 does not', () => {
    expect(verdictOf(call({ callsThatDay: 7 }), 'calls-banks')).toBe('breach');
    expect(verdictOf(call({ callsThatDay: 6 }), 'calls-banks')).toBe('ok');
  });
  it('more than 3 calls to an online borrower is unclear (effective calls count), with what decides it', () => {
    const f = find(run(call({ lender: 'online-platform', callsThatDay: 4 })), 'calls-online')!;
    expect(f.verdict).toBe('unclear');
    expect(f.decide?.en).toMatch(/answered/);
    expect(verdictOf(call({ lender: 'online-platform', callsThatDay: 3 }), 'calls-online')).toBe('ok');
  });
  it('applies to calls, not visits', () => {
    expect(find(run(visit({ callsThatDay: 9 })), 'calls-banks')).toBeUndefined();
  });
});

describe('third parties and disclosure', () => {
  it('contacting only the borrower or the guarantor is fine', () => {
    expect(verdictOf(call({ contacted: ['borrower', 'guarantor'] }), 'third-party-card')).toBe('ok');
    expect(verdictOf(call({ lender: 'consumer-finance', contacted: ['borrower'] }), 'third-party-online')).toBe('ok');
  });
  it('contacting a relative or the emergency contact is unclear: only restoring contact is allowed', () => {
    expect(verdictOf(call({ contacted: ['emergency-contact'] }), 'third-party-card')).toBe('unclear');
    expect(verdictOf(call({ lender: 'online-platform', contacted: ['family'] }), 'third-party-online')).toBe('unclear');
  });
  it('telling the debt to anyone but the borrower and guarantor breaks the law, for every lender', () => {
    for (const lender of lenders) expect(verdictOf(call({ lender, toldDebtTo: ['colleague'] }), 'disclosure')).toBe('breach');
    expect(verdictOf(call({ toldDebtTo: ['guarantor'] }), 'disclosure')).toBe('ok');
    expect(verdictOf(call({ toldDebtTo: [] }), 'disclosure')).toBe('ok');
  });
});

describe('at the door', () => {
  test.each([['without-consent', 'breach'], ['stayed-after-asked-to-leave', 'breach'], ['invited', 'ok'], ['none', 'ok']] as const)('entry %s: %s', (entry, want) => {
    expect(verdictOf(visit({ entry, lender: 'private' }), 'entry')).toBe(want);
  });
  it('one visitor breaks the two-person rule; two do not', () => {
    expect(verdictOf(visit({ staff: 1 }), 'staffing')).toBe('breach');
    expect(verdictOf(visit({ staff: 2 }), 'staffing')).toBe('ok');
  });
  it('no ID shown is a breach; shown is fine', () => {
    expect(verdictOf(visit({ showedId: false }), 'identity')).toBe('breach');
    expect(verdictOf(visit({ showedId: true }), 'identity')).toBe('ok');
  });
  it('not saying they were recording is unclear; saying so is fine', () => {
    expect(verdictOf(visit({ recorded: false }), 'recording')).toBe('unclear');
    expect(verdictOf(visit({ recorded: true }), 'recording')).toBe('ok');
  });
  it('entry, staffing and identity are about visits only', () => {
    const findings = run(call({ entry: 'without-consent', staff: 1, showedId: false }));
    expect(findings.filter((f) => ['entry', 'staffing', 'identity'].includes(f.topic))).toEqual([]);
  });
});

describe('threats and impersonation', () => {
  it('violence or harm to family breaks the law whoever lends', () => {
    expect(find(run(call({ lender: 'private', threats: ['harm-family'] })), 'violence-threats')).toMatchObject({ verdict: 'breach', strength: 'law' });
    expect(verdictOf(call({ threats: [] }), 'violence-threats')).toBe('ok');
  });
  it('"you will be arrested" is intimidation under the card measures; "other" needs the words', () => {
    expect(verdictOf(call({ threats: ['arrest'] }), 'intimidation-card')).toBe('breach');
    expect(verdictOf(call({ threats: ['other'] }), 'intimidation-card')).toBe('unclear');
    expect(verdictOf(call({ threats: [] }), 'intimidation-card')).toBe('ok');
  });
  it('a bank loan is held to the banking guideline for intimidation', () => {
    expect(verdictOf(call({ lender: 'bank-loan', threats: ['expose-to-others'] }), 'intimidation-banks')).toBe('breach');
    expect(verdictOf(call({ lender: 'bank-loan', threats: ['other'] }), 'intimidation-banks')).toBe('unclear');
    expect(verdictOf(call({ lender: 'bank-loan', threats: [] }), 'intimidation-banks')).toBe('ok');
    expect(find(run(call({ threats: ['arrest'] })), 'intimidation-banks')).toBeUndefined();
  });
  it('posing as police or a court is a breach; as a lawyer, unclear', () => {
    expect(verdictOf(call({ posedAs: ['court'] }), 'impersonation')).toBe('breach');
    expect(verdictOf(call({ posedAs: ['lawyer'] }), 'impersonation')).toBe('unclear');
    expect(verdictOf(call({ posedAs: [] }), 'impersonation')).toBe('ok');
  });
});

describe('money', () => {
  it('paying a personal account breaks the convention for online lenders, and is our advice otherwise', () => {
    expect(verdictOf(call({ lender: 'online-platform', payTo: 'personal-account' }), 'pay-channel')).toBe('breach');
    expect(verdictOf(call({ lender: 'online-platform', payTo: 'unknown' }), 'pay-channel')).toBe('unclear');
    expect(verdictOf(call({ lender: 'online-platform', payTo: 'lender-channel' }), 'pay-channel')).toBe('ok');
    const advice = find(run(call({ payTo: 'personal-account' })), 'pay-anywhere')!;
    expect(advice).toMatchObject({ verdict: 'breach', strength: 'site', sources: [] });
    expect(verdictOf(call({ payTo: 'unknown' }), 'pay-anywhere')).toBe('unclear');
    expect(verdictOf(call({ payTo: 'lender-channel' }), 'pay-anywhere')).toBe('ok');
  });
  it('extra fees are a breach; none is fine', () => {
    expect(verdictOf(call({ extraFees: true }), 'extra-fees')).toBe('breach');
    expect(verdictOf(call({ extraFees: false }), 'extra-fees')).toBe('ok');
  });
});

it('a lawful visit raises no breach and nothing unclear', () => {
  const findings = run(visit({
    time: '15:00', agreedTime: true, staff: 2, showedId: true, recorded: true, entry: 'invited', contacted: ['borrower'],
    toldDebtTo: [], threats: [], posedAs: [], payTo: 'lender-channel', extraFees: false,
  }));
  expect(findings.length).toBeGreaterThan(5);
  expect(findings.filter((f) => f.verdict !== 'ok')).toEqual([]);
});

describe('bad input names the field', () => {
  test.each([
    [{ channel: 'fax' }, 'channel'],
    [{ channel: 'visit', time: '24:00' }, 'time'],
    [{ channel: 'visit', time: '9:30' }, 'time'],
    [{ channel: 'phone', callsThatDay: -1 }, 'callsThatDay'],
    [{ channel: 'phone', callsThatDay: 1.5 }, 'callsThatDay'],
    [{ channel: 'phone', callsThatDay: Number.NaN }, 'callsThatDay'],
    [{ channel: 'visit', staff: 0 }, 'staff'],
    [{ channel: 'visit', contacted: ['cat'] }, 'contacted[0]'],
    [{ channel: 'visit', threats: 'violence' }, 'threats'],
    [{ channel: 'visit', lender: 'loan-shark' }, 'lender'],
    [{ channel: 'visit', showedId: 'yes' }, 'showedId'],
    [{ channel: 'visit', neighbour: true }, 'neighbour'],
  ])('%j → %s', (input, field) => {
    let error: unknown;
    try { assess(input as unknown as Incident); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(IncidentInputError);
    expect((error as IncidentInputError).field).toBe(field);
  });
});

const sourceIds = new Set((parse(readFileSync(join(projectRoot, 'content/sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id));
const incident: fc.Arbitrary<Incident> = fc.record({
  channel: fc.constantFrom(...channels),
  time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`), { nil: undefined }),
  agreedTime: fc.option(fc.boolean(), { nil: undefined }),
  callsThatDay: fc.option(fc.nat(40), { nil: undefined }),
  contacted: fc.option(fc.subarray([...persons]), { nil: undefined }),
  toldDebtTo: fc.option(fc.subarray([...persons]), { nil: undefined }),
  entry: fc.option(fc.constantFrom(...entries), { nil: undefined }),
  staff: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  showedId: fc.option(fc.boolean(), { nil: undefined }),
  recorded: fc.option(fc.boolean(), { nil: undefined }),
  threats: fc.option(fc.subarray([...threats]), { nil: undefined }),
  posedAs: fc.option(fc.subarray([...posings]), { nil: undefined }),
  payTo: fc.option(fc.constantFrom(...payees), { nil: undefined }),
  extraFees: fc.option(fc.boolean(), { nil: undefined }),
  lender: fc.option(fc.constantFrom(...lenders), { nil: undefined }),
}, { requiredKeys: ['channel'] }) as fc.Arbitrary<Incident>;

describe('over any valid incident', () => {
  it('never throws; every finding cites real sources and says it in both languages; a rule binds only its lenders', () => {
    fc.assert(fc.property(incident, (i) => {
      for (const f of assess(i)) {
        const rule = rules.find((r) => r.id === f.rule)!;
        expect(f.sources.every((s) => sourceIds.has(s.id))).toBe(true);
        expect(f.zh.length).toBeGreaterThan(4);
        expect(f.en.length).toBeGreaterThan(4);
        if (rule.lenders) expect(rule.lenders).toContain(i.lender);
        if (rule.channels) expect(rule.channels).toContain(i.channel);
        if (f.verdict === 'unclear') expect(f.decide).toBeDefined();
      }
    }), { numRuns: 500 });
  });
  it('an incident with fewer facts never finds more breaches', () => {
    fc.assert(fc.property(incident, fc.constantFrom('time', 'toldDebtTo', 'threats', 'entry', 'payTo'), (i, drop) => {
      const fewer = { ...i };
      delete (fewer as Record<string, unknown>)[drop];
      const breaches = (x: Incident) => assess(x).filter((f) => f.verdict === 'breach').length;
      expect(breaches(fewer)).toBeLessThanOrEqual(breaches(i));
    }), { numRuns: 300 });
  });
});

afterAll(() => {
  // Every rule of content/checks.yaml was driven here to each verdict it can give.
  const missing = rules.flatMap((r) => {
    const want: Finding['verdict'][] = ['ok', ...(r.breach ? ['breach' as const] : []), ...(r.unclear ? ['unclear' as const] : [])];
    return want.filter((v) => !seen.get(r.id)?.has(v)).map((v) => `${r.id}: ${v}`);
  });
  expect(missing).toEqual([]);
});
