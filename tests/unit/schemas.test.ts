import { describe, expect, it } from 'vitest';
import { procedureSchema, tierSchema, caseSchema } from '../../src/schemas/pages';
import { sourceSchema } from '../../src/schemas/sources';
import { ref } from './helpers/corpus';

const step = (n: number) => ({ code: `HV-01.${n}`, title: `第${n}步`, action: '按要求完成这一步。', sources: ['civil-code'] });
const procedure = {
  title: '上门走访', summary: '测试用的上门走访流程。', audience: ['agent'], lastReviewed: new Date('2026-11-23'),
  code: 'HV-01', version: '1.0', effective: '2026-12-01', performer: '外访专员', tiers: ['zh-cn/m1'],
  steps: [1, 2, 3, 4, 5].map(step),
  changes: [{ version: '1.0', date: '2026-11-23', effective: '2026-12-01', summary: '首次发布。' }],
};
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('procedure schema', () => {
  it('accepts a complete procedure and keeps dates as YYYY-MM-DD strings', () => {
    const parsed = procedureSchema(ref).parse(procedure);
    expect(parsed.lastReviewed).toBe('2026-11-23');
    expect(parsed.tiers[0]).toEqual({ collection: 'tiers', id: 'zh-cn/m1' });
  });
  it('needs five steps', () => {
    expect(issuesOf(procedureSchema(ref).safeParse({ ...procedure, steps: procedure.steps.slice(0, 4) }))).toEqual(['steps: a procedure needs at least five steps']);
  });
  it('needs step codes that extend the procedure code', () => {
    const steps = [...procedure.steps.slice(0, 4), { ...step(5), code: 'HV-02.5' }];
    expect(issuesOf(procedureSchema(ref).safeParse({ ...procedure, steps }))).toEqual(['steps.4.code: step code HV-02.5 must start with the procedure code HV-01.']);
  });
  it('needs its newest change to be the version and effective date it shows', () => {
    const changes = [{ version: '1.1', date: '2026-11-29', effective: '2026-12-15', summary: '修订第二步。', changed: ['HV-01.2'] }, ...procedure.changes];
    expect(issuesOf(procedureSchema(ref).safeParse({ ...procedure, changes }))).toEqual([
      'changes.0.version: the newest change must be version 1.0, the procedure\'s version',
      'changes.0.effective: the newest change must take effect on 2026-12-01, the procedure\'s effective date',
    ]);
    expect(issuesOf(procedureSchema(ref).safeParse({ ...procedure, changes: [] }))).toEqual(['changes: record at least the first version in changes']);
  });
  it('rejects a malformed code and version', () => {
    const issues = issuesOf(procedureSchema(ref).safeParse({ ...procedure, code: 'hv1', version: 'v1' }));
    expect(issues).toContain('code: expected a code like HV-01');
    expect(issues).toContain('version: expected a version like 1.0');
    // …and each step is then reported as not belonging to the (bad) procedure code.
    expect(issues.filter((i) => i.startsWith('steps.'))).toHaveLength(5);
  });
});

describe('other schemas', () => {
  it('a tier cannot end before it starts', () => {
    const tier = { title: '逾期', summary: '逾期一到三十天的阶段。', audience: ['borrower'], lastReviewed: '2026-11-23', bucket: 'M1', order: 1, daysFrom: 30, daysTo: 1, sources: ['civil-code'] };
    expect(issuesOf(tierSchema(ref).safeParse(tier))).toEqual(['daysTo: daysTo must not be before daysFrom']);
  });
  it('a case must be marked fictional', () => {
    const c = { title: '案例', summary: '一个虚构的案例，仅供测试。', audience: ['agent'], lastReviewed: '2026-11-23', fictional: false, outcome: 'resolved', procedures: ['a'], rights: ['b'] };
    expect(issuesOf(caseSchema(ref).safeParse(c))).toEqual(['fictional: cases must be fictional: set fictional: true']);
  });
  it('a reported source must say who reported it', () => {
    const source = { id: 'x', title: { zh: '某规则', en: 'A rule' }, short: { zh: '某', en: 'R' }, issuer: { zh: '某机关', en: 'A body' }, kind: 'regulation', mark: 'reported' };
    expect(issuesOf(sourceSchema.safeParse(source))).toEqual(['reportedBy: a reported source needs reportedBy (who reported it, and when)']);
  });
});
