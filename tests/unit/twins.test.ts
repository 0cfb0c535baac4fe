/** The twin comparison on small entries: what must agree, what may differ, and the lagging version. */
import { describe, expect, it } from 'vitest';
import { findTwinProblems, twinLag, twinProblems } from '../../src/lib/content/twins';
import type { PlainEntry } from '../../src/lib/content/integrity';

const zh: PlainEntry = {
  id: 'zh-cn/visit', filePath: 'content/procedures/zh-cn/visit.mdx',
  data: { title: '上门', code: 'HV-09', version: '1.1', lastReviewed: '2026-11-29', tiers: [{ collection: 'tiers', id: 'zh-cn/m1' }],
    steps: [{ code: 'HV-09.1', title: '敲门', sources: ['civil-code'] }, { code: 'HV-09.2', title: '离开', sources: [] }] },
  body: '## 为什么\n\n见<Cite id="civil-code" />和[M1](/tiers/m1/)。\n\n## 怎么做\n',
};
const good: PlainEntry = {
  id: 'en/visit', filePath: 'content/procedures/en/visit.mdx',
  data: { title: 'The visit', code: 'HV-09', version: '1.1', lastReviewed: '2026-11-29', tiers: [{ collection: 'tiers', id: 'en/m1' }],
    steps: [{ code: 'HV-09.1', title: 'Knock', sources: ['civil-code'] }, { code: 'HV-09.2', title: 'Leave', sources: [] }] },
  body: '## Why\n\nSee <Cite id="civil-code" /> and [M1](/en/tiers/m1/).\n\n## How\n',
};
const withData = (data: Record<string, unknown>, body = good.body ?? ''): PlainEntry => ({ ...good, data: { ...good.data, ...data }, body });

describe('twinProblems', () => {
  it('accepts a faithful twin', () => {
    expect(twinProblems(zh, good)).toEqual([]);
  });
  it('names a changed code, a missing step and a reference left in Chinese, with file and field', () => {
    const steps = [{ code: 'HV-09.3', title: 'Knock', sources: ['civil-code'] }];
    const problems = twinProblems(zh, withData({ steps, tiers: [{ collection: 'tiers', id: 'zh-cn/m1' }] }));
    expect(problems).toContain('content/procedures/en/visit.mdx: steps: 2 items in Chinese, 1 in English');
    expect(problems).toContain('content/procedures/en/visit.mdx: tiers[0].id: should refer to en/m1, found zh-cn/m1');
    expect(twinProblems(zh, withData({ code: 'HV-10' }))).toEqual(['content/procedures/en/visit.mdx: code: "HV-09" in Chinese, "HV-10" in English (must be the same)']);
  });
  it('finds untranslated text, a dropped citation, a lost section and a link to a Chinese page', () => {
    expect(twinProblems(zh, withData({ title: '上门' }))).toEqual(['content/procedures/en/visit.mdx: title: not translated ("上门")']);
    const body = '## Why\n\nSee [M1](/en/tiers/m1/) and [the calculator](/calculator/).\n';
    const problems = twinProblems(zh, withData({}, body)).join('\n');
    expect(problems).toMatch(/cites \[\], the Chinese cites \[civil-code\]/);
    expect(problems).toMatch(/1 sections \(##\), the Chinese has 2/);
    expect(problems).toMatch(/the link \/calculator\/ leads to a Chinese page/);
  });
  it('allows an earlier lastReviewed (the page shows it lags) but not a later one', () => {
    expect(twinProblems(zh, withData({ lastReviewed: '2026-11-01' }))).toEqual([]);
    expect(twinProblems(zh, withData({ lastReviewed: '2026-12-01' }))[0]).toMatch(/later in English/);
  });
});

describe('findTwinProblems', () => {
  const archived: PlainEntry = { ...zh, id: 'zh-cn/visit/1.0', data: { ...zh.data, version: '1.0', steps: [(zh.data.steps as unknown[])[0]] } };
  it('compares a lagging English procedure with the Chinese archive of its version', () => {
    const lagging = withData({ version: '1.0', steps: [{ code: 'HV-09.1', title: 'Knock', sources: ['civil-code'] }] });
    expect(findTwinProblems({ procedures: [zh, lagging], archive: [archived] })).toEqual([]);
    expect(findTwinProblems({ procedures: [zh, withData({ version: '0.9' })], archive: [archived] })[0]).toMatch(/0\.9 is not a published version/);
  });
  it('refuses an English entry without a Chinese one', () => {
    expect(findTwinProblems({ procedures: [good] })).toEqual(['content/procedures/en/visit.mdx: an English entry without its Chinese twin zh-cn/visit']);
  });
});

describe('twinLag', () => {
  it('is nothing when the translation is current', () => {
    expect(twinLag({ version: '1.1', lastReviewed: '2026-11-29' }, { version: '1.1', lastReviewed: '2026-11-29' })).toBeUndefined();
  });
  it('names the versions when a procedure translation follows an older one', () => {
    expect(twinLag({ version: '1.2', lastReviewed: '2026-12-05' }, { version: '1.1', lastReviewed: '2026-11-29' })).toEqual({ behind: 'version', version: '1.1', current: '1.2' });
  });
  it('names the dates when the original was reviewed again since', () => {
    expect(twinLag({ lastReviewed: '2026-12-05' }, { lastReviewed: '2026-11-29' })).toEqual({ behind: 'review', reviewed: '2026-11-29', current: '2026-12-05' });
  });
});
