/**
 * Versions as they stood (src/lib/content/versions.ts): the version in force on a
 * day, each version's status, and the step-by-step, word-by-word comparison that
 * /procedures/<slug>/v/<version>/diff/ shows.
 */
import { describe, expect, it } from 'vitest';
import { compareSteps, versionInForce, versionStatus, wholeStep, words, type StepComparison, type StepLike } from '../../src/lib/content/versions';

// Newest first, as in a procedure's `changes`.
const changes = [
  { version: '1.2', effective: '2027-03-01' },
  { version: '1.1', effective: '2027-01-01' },
  { version: '1.0', effective: '2026-12-01' },
];
// 1.0 and 1.1 take effect the same day: 1.0 is never in force.
const sameDay = [
  { version: '1.1', effective: '2026-12-01' },
  { version: '1.0', effective: '2026-12-01' },
];

describe('versionInForce', () => {
  it('is the version whose effective date is the latest on or before the day', () => {
    expect(versionInForce(changes, '2026-12-01')).toBe('1.0');
    expect(versionInForce(changes, '2026-12-31')).toBe('1.0');
    expect(versionInForce(changes, '2027-01-01')).toBe('1.1');
    expect(versionInForce(changes, '2027-02-28')).toBe('1.1');
    expect(versionInForce(changes, '2030-01-01')).toBe('1.2');
  });

  it('is nothing before the first version took effect', () => {
    expect(versionInForce(changes, '2026-11-30')).toBeUndefined();
    expect(versionInForce([], '2026-12-01')).toBeUndefined();
  });

  it('is the later of two versions taking effect the same day, whatever their order', () => {
    expect(versionInForce(sameDay, '2026-12-01')).toBe('1.1');
    expect(versionInForce([...sameDay].reverse(), '2026-12-01')).toBe('1.1');
  });
});

describe('versionStatus', () => {
  it('is upcoming before the effective date, in force from it', () => {
    expect(versionStatus('1.0', changes, '2026-11-30')).toEqual({ state: 'upcoming', from: '2026-12-01' });
    expect(versionStatus('1.0', changes, '2026-12-01')).toEqual({ state: 'in-force', since: '2026-12-01' });
    expect(versionStatus('1.2', changes, '2027-02-01')).toEqual({ state: 'upcoming', from: '2027-03-01' });
  });

  it('is superseded once a later version has taken effect, by the first one that did', () => {
    expect(versionStatus('1.0', changes, '2027-01-01')).toEqual({ state: 'superseded', by: '1.1', on: '2027-01-01' });
    expect(versionStatus('1.0', changes, '2027-06-01')).toEqual({ state: 'superseded', by: '1.1', on: '2027-01-01' });
    expect(versionStatus('1.1', changes, '2027-06-01')).toEqual({ state: 'superseded', by: '1.2', on: '2027-03-01' });
    expect(versionStatus('1.2', changes, '2027-06-01')).toEqual({ state: 'in-force', since: '2027-03-01' });
  });

  it('a later version announced but not yet in force does not supersede', () => {
    expect(versionStatus('1.1', changes, '2027-02-28')).toEqual({ state: 'in-force', since: '2027-01-01' });
  });

  it('is superseded, never in force, when a later version takes effect the same day, even before that day', () => {
    expect(versionStatus('1.0', sameDay, '2026-11-25')).toEqual({ state: 'superseded', by: '1.1', on: '2026-12-01' });
    expect(versionStatus('1.0', sameDay, '2026-12-01')).toEqual({ state: 'superseded', by: '1.1', on: '2026-12-01' });
    expect(versionStatus('1.1', sameDay, '2026-11-25')).toEqual({ state: 'upcoming', from: '2026-12-01' });
    expect(versionStatus('1.1', sameDay, '2026-12-01')).toEqual({ state: 'in-force', since: '2026-12-01' });
  });

  it('refuses a version without a change record', () => {
    expect(() => versionStatus('2.0', changes, '2027-01-01')).toThrow(/2\.0/);
  });
});

/** The comparison of one step, which the test expects to be a change. */
function changedOf(result: StepComparison | undefined) {
  if (result?.state !== 'changed') throw new Error(`expected a changed step, got ${result?.state}`);
  return result;
}

const step = (code: string, over: Partial<StepLike> = {}): StepLike => ({
  code, title: `步骤 ${code}`, action: '先联系借款人本人，说明来意。', record: '通话录音。', sources: ['civil-code'], internal: false, ...over,
});

describe('compareSteps', () => {
  it('finds nothing changed between equal lists', () => {
    const steps = [step('HV-02.1'), step('HV-02.2')];
    expect(compareSteps(steps, structuredClone(steps)).map((c) => c.state)).toEqual(['unchanged', 'unchanged']);
  });

  it('names a step added and a step removed, in code order', () => {
    const result = compareSteps([step('HV-02.1'), step('HV-02.2')], [step('HV-02.1'), step('HV-02.3')]);
    expect(result.map((c) => [c.code, c.state])).toEqual([['HV-02.1', 'unchanged'], ['HV-02.2', 'removed'], ['HV-02.3', 'added']]);
  });

  it('orders codes by number: HV-02.9 before HV-02.10', () => {
    const result = compareSteps([step('HV-02.10')], [step('HV-02.9'), step('HV-02.10')]);
    expect(result.map((c) => c.code)).toEqual(['HV-02.9', 'HV-02.10']);
  });

  it('shows which words of a changed action changed, and only the fields that changed', () => {
    const before = step('HV-02.7', { action: '住址也找不到本人的，可改为到借款时登记的工作单位找本人一次。' });
    const after = step('HV-02.7', { action: '住址也找不到本人的，不到单位或其他地点找人。' });
    const result = changedOf(compareSteps([before], [after])[0]);
    expect(result.fields.map((f) => f.field)).toEqual(['action']);
    const parts = result.fields[0]!.parts;
    const removed = parts.filter((p) => p.removed).map((p) => p.value).join('');
    const added = parts.filter((p) => p.added).map((p) => p.value).join('');
    expect(removed).toContain('工作单位');
    expect(added).toContain('其他地点');
    // The shared opening is kept, not deleted and re-added.
    expect(parts[0]).toEqual({ value: '住址也找不到本人的，', added: false, removed: false });
    // Each side reads back as the whole text.
    expect(parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe(before.action);
    expect(parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(after.action);
  });

  it('compares every field: record, articles, sources by id, the internal flag', () => {
    const before = step('HV-02.5', { sources: [{ id: 'civil-code' }, { id: 'nifa-convention-2018' }] });
    const after = step('HV-02.5', { record: '通话录音和确认短信。', articles: '第68条', sources: [{ id: 'civil-code' }, { id: 'gbt-45251-2025' }], internal: true });
    const result = changedOf(compareSteps([before], [after])[0]);
    expect(result.fields.map((f) => f.field)).toEqual(['record', 'articles', 'sources', 'internal']);
    const field = (name: string) => result.fields.find((f) => f.field === name)!.parts;
    expect(field('sources')).toEqual([
      { value: 'civil-code', added: false, removed: false },
      { value: 'nifa-convention-2018', added: false, removed: true },
      { value: 'gbt-45251-2025', added: true, removed: false },
    ]);
    expect(field('internal')).toEqual([{ value: 'false', added: false, removed: true }, { value: 'true', added: true, removed: false }]);
    expect(field('articles')).toEqual([{ value: '第68条', added: true, removed: false }]);
  });

  it('notices a change of the action alone', () => {
    const [result] = compareSteps([step('HV-02.1')], [step('HV-02.1', { action: '先联系借款人本人，说明来意和人数。' })]);
    expect(result!.state).toBe('changed');
  });
});

describe('words', () => {
  it('splits Chinese into words that join back to the text', () => {
    const text = '不到单位或其他地点找人。';
    expect(words(text).length).toBeGreaterThan(3);
    expect(words(text).join('')).toBe(text);
  });
});

describe('wholeStep', () => {
  it('gives every filled field of an added or removed step, all marked', () => {
    const fields = wholeStep(step('HV-02.9', { record: undefined, internal: true }), 'added');
    expect(fields.map((f) => f.field)).toEqual(['title', 'action', 'sources', 'internal']);
    expect(fields.flatMap((f) => f.parts).every((p) => p.added && !p.removed)).toBe(true);
    expect(wholeStep(step('HV-02.9'), 'removed').find((f) => f.field === 'action')!.parts).toEqual([{ value: '先联系借款人本人，说明来意。', added: false, removed: true }]);
  });
});
