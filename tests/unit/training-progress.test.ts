/**
 * The trainee's progress record (lib/training): what a stored string may hold, how
 * a check and a refresher change it, and which steps a refresher asks about.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { emptyProgress, parseProgress, PASS_MARK, SCHEMA, today, withCheck, withDrill, withRefresher } from '../../src/lib/training/progress';
import { changedSince, currentVersions, refreshersDue, type CoveredProcedure } from '../../src/lib/training/refresher';
import { isRight, questionsOn, reviewList, type QuizQuestion } from '../../src/lib/training/quiz';

const hv04: CoveredProcedure = {
  code: 'HV-04', title: '现场规范', version: '1.3',
  changes: [
    { version: '1.3', added: ['HV-04.11'], changed: ['HV-04.2'], removed: ['HV-04.9'] },
    { version: '1.2', added: [], changed: ['HV-04.5', 'HV-04.9'], removed: [] },
    { version: '1.1', added: [], changed: ['HV-04.2', 'HV-04.3'], removed: [] },
    { version: '1.0', added: [], changed: [], removed: [] },
  ],
};

describe('reading a stored record', () => {
  test('nothing stored is an empty record', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), state: 'empty' });
  });
  test('a record round-trips', () => {
    const p = withDrill(withCheck(emptyProgress(), 'at-the-door', { date: '2026-11-29', score: 12, total: 13 }, { 'HV-04': '1.1' }), 'door', { date: '2026-11-29', mistakes: 2 });
    expect(parseProgress(JSON.stringify(p))).toEqual({ progress: p, state: 'ok' });
  });
  test.each([
    ['not JSON', '{modules:'],
    ['not an object', '"hello"'],
    ['no schema', '{"modules":{},"drills":{}}'],
    ['an older schema', '{"schema":0,"modules":{},"drills":{}}'],
    ['a score above the total', `{"schema":${SCHEMA},"modules":{"a":{"last":{"date":"2026-11-29","score":5,"total":4}}},"drills":{}}`],
    ['a bad day', `{"schema":${SCHEMA},"modules":{"a":{"last":{"date":"yesterday","score":1,"total":4}}},"drills":{}}`],
    ['a bad version', `{"schema":${SCHEMA},"modules":{"a":{"last":{"date":"2026-11-29","score":4,"total":4},"completed":{"date":"2026-11-29","score":4,"total":4,"versions":{"HV-04":"new"}}}},"drills":{}}`],
    ['drills as a list', `{"schema":${SCHEMA},"modules":{},"drills":[]}`],
  ])('%s is corrupt, and reading it starts afresh', (_, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), state: 'corrupt' });
  });
  test('a record from a newer schema is reported, not misread', () => {
    expect(parseProgress(`{"schema":${SCHEMA + 1},"anything":true}`).state).toBe('newer');
  });
  test('no string whatsoever throws', () => {
    fc.assert(fc.property(fc.string(), (raw) => { parseProgress(raw); }));
    fc.assert(fc.property(fc.jsonValue(), (value) => { parseProgress(JSON.stringify(value)); }));
  });
});

describe('recording checks', () => {
  const versions = { 'HV-04': '1.1' };
  test(`a check at ${PASS_MARK * 100}% or more completes the module against today's versions`, () => {
    const p = withCheck(emptyProgress(), 'm', { date: '2026-11-29', score: 8, total: 10 }, versions);
    expect(p.modules.m?.completed).toEqual({ date: '2026-11-29', score: 8, total: 10, versions });
  });
  test('a failed check is recorded as the last attempt and keeps an earlier completion', () => {
    const done = withCheck(emptyProgress(), 'm', { date: '2026-11-20', score: 10, total: 10 }, versions);
    const after = withCheck(done, 'm', { date: '2026-11-29', score: 3, total: 10 }, { 'HV-04': '1.2' });
    expect(after.modules.m?.last).toEqual({ date: '2026-11-29', score: 3, total: 10 });
    expect(after.modules.m?.completed).toEqual(done.modules.m?.completed);
  });
  test('below the mark there is no completion', () => {
    expect(withCheck(emptyProgress(), 'm', { date: '2026-11-29', score: 7, total: 10 }, versions).modules.m?.completed).toBeUndefined();
  });
  test('a refresher moves the completion to the new versions and dates it', () => {
    const done = withCheck(emptyProgress(), 'm', { date: '2026-11-20', score: 10, total: 10 }, versions);
    const p = withRefresher(done, 'm', { 'HV-04': '1.3' }, '2026-12-02');
    expect(p.modules.m?.completed).toMatchObject({ date: '2026-11-20', versions: { 'HV-04': '1.3' }, refreshed: '2026-12-02' });
    expect(withRefresher(emptyProgress(), 'm', versions, '2026-12-02')).toEqual(emptyProgress());
  });
  test('today is the local calendar day', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('refreshers: which steps changed since a completion', () => {
  test('every version after the completed one and up to the current counts', () => {
    expect(changedSince(hv04, '1.1')).toEqual({ code: 'HV-04', title: '现场规范', from: '1.1', to: '1.3', steps: ['HV-04.2', 'HV-04.5', 'HV-04.11'], removed: ['HV-04.9'] });
    expect(changedSince(hv04, '1.0').steps).toEqual(['HV-04.2', 'HV-04.3', 'HV-04.5', 'HV-04.11']);
  });
  test('an up-to-date completion needs no refresher; an unknown procedure is not guessed at', () => {
    expect(refreshersDue({ 'HV-04': '1.3' }, [hv04])).toEqual([]);
    expect(refreshersDue({}, [hv04])).toEqual([]);
    expect(refreshersDue({ 'HV-04': '1.2' }, [hv04]).map((d) => d.steps)).toEqual([['HV-04.2', 'HV-04.11']]);
  });
  test('versions compare as numbers (1.10 is after 1.9)', () => {
    const p = { ...hv04, version: '1.10', changes: [{ version: '1.10', added: [], changed: ['HV-04.1'], removed: [] }, ...hv04.changes] };
    expect(refreshersDue({ 'HV-04': '1.9' }, [p]).map((d) => d.steps)).toEqual([['HV-04.1']]);
    expect(currentVersions([p])).toEqual({ 'HV-04': '1.10' });
  });
});

describe('scoring', () => {
  const q = (id: string, correct: number[], codes: string[]): QuizQuestion => ({
    id, type: correct.length > 1 ? 'multiple' : 'single', prompt: '?',
    options: [0, 1, 2, 3].map((i) => ({ text: String(i), correct: correct.includes(i), why: 'because' })),
    basis: codes.map((code) => ({ label: code, title: code, href: `/p/${code}/`, code })),
  });
  test('right means exactly the correct options, in any order', () => {
    expect(isRight(q('a', [1, 3], []), [3, 1])).toBe(true);
    expect(isRight(q('a', [1, 3], []), [1])).toBe(false);
    expect(isRight(q('a', [1, 3], []), [1, 2, 3])).toBe(false);
    expect(isRight(q('a', [2], []), [])).toBe(false);
  });
  test('the review list is the steps behind the misses, each once', () => {
    const questions = [q('a', [0], ['HV-04.5']), q('b', [0], ['HV-04.5', 'HV-04.9']), q('c', [0], ['HV-04.1'])];
    expect(reviewList(questions, new Set(['a', 'b'])).map((b) => b.code)).toEqual(['HV-04.5', 'HV-04.9']);
    expect(reviewList(questions, new Set())).toEqual([]);
  });
  test('a refresher keeps only questions on the changed steps', () => {
    const questions = [q('a', [0], ['HV-04.5']), q('b', [0], ['HV-04.2', 'HV-04.9']), q('c', [0], ['HV-04.1'])];
    expect(questionsOn(questions, ['HV-04.2', 'HV-04.11']).map((x) => x.id)).toEqual(['b']);
  });
});
