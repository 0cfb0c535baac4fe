/**
 * "Codes and URLs are forever": the registry check, the unbumped-edit check and
 * the tombstones a retired step leaves (src/lib/content/permanence.ts, step-items.ts).
 */
import { describe, expect, it } from 'vitest';
import { findBrokenPromises, findUnbumpedEdits } from '../../src/lib/content/permanence';
import { stepItems, type LiveStep } from '../../src/lib/content/step-items';

const registry = { pages: ['/procedures/a/', '/rights/b/'], codes: ['HV-01', 'HV-01.1', 'HV-01.2'] };

describe('findBrokenPromises', () => {
  it('is quiet when every published page and code still resolves', () => {
    expect(findBrokenPromises(registry, new Set(['/procedures/a/', '/rights/b/', '/new/']), new Set(['HV-01', 'HV-01.1', 'HV-01.2', 'HV-01.3']), [])).toEqual([]);
  });

  it('names a page that vanished without a redirect, and accepts one with a redirect to a real page', () => {
    const paths = new Set(['/procedures/a/', '/rights/b2/']);
    const codes = new Set(registry.codes);
    expect(findBrokenPromises(registry, paths, codes, [])).toEqual([
      'published page /rights/b/ no longer exists: add a redirect in content/redirects.yaml (from: /rights/b/) or restore it',
    ]);
    expect(findBrokenPromises(registry, paths, codes, [{ from: '/rights/b/', to: '/rights/b2/' }])).toEqual([]);
    expect(findBrokenPromises(registry, paths, codes, [{ from: '/rights/b/', to: '/rights/nowhere/' }])[0]).toMatch(/goes to \/rights\/nowhere\/, which does not exist/);
  });

  it('names a code that vanished (a step deleted instead of retired)', () => {
    const problems = findBrokenPromises(registry, new Set(registry.pages), new Set(['HV-01', 'HV-01.1']), []);
    expect(problems).toEqual([expect.stringMatching(/^published code HV-01\.2 no longer exists: keep the step, or retire it/)]);
  });

  it('refuses a redirect away from a page that still exists', () => {
    expect(findBrokenPromises(registry, new Set(registry.pages), new Set(registry.codes), [{ from: '/procedures/a/', to: '/rights/b/' }]))
      .toEqual(['content/redirects.yaml moves /procedures/a/, but a page still lives there']);
  });
});

describe('findUnbumpedEdits', () => {
  const steps = [{ code: 'HV-01.1', title: '一' }];
  it('flags steps that differ from the archived copy of the same version', () => {
    const archived = new Map([['zh-cn/a/1.1', [{ code: 'HV-01.1', title: '旧' }]]]);
    expect(findUnbumpedEdits([{ id: 'zh-cn/a', file: 'content/procedures/zh-cn/a.mdx', version: '1.1', steps }], archived))
      .toEqual([expect.stringMatching(/^content\/procedures\/zh-cn\/a\.mdx: its steps differ from the published v1\.1/)]);
  });
  it('accepts an unchanged version, and a version not archived yet', () => {
    expect(findUnbumpedEdits([{ id: 'zh-cn/a', file: 'a', version: '1.1', steps }], new Map([['zh-cn/a/1.1', steps]]))).toEqual([]);
    expect(findUnbumpedEdits([{ id: 'zh-cn/a', file: 'a', version: '1.2', steps }], new Map([['zh-cn/a/1.1', []]]))).toEqual([]);
  });
});

describe('stepItems', () => {
  const step = (n: number): LiveStep => ({ code: `HV-01.${n}`, title: `第${n}步`, action: '做。', sources: [] });
  const procedure = {
    code: 'HV-01', title: '流程', version: '1.1', effective: '2026-12-15',
    steps: [step(1), step(3)],
    retired: [{ code: 'HV-01.2', version: '1.1', note: '内容并入 HV-01.3' }],
    changes: [{ version: '1.1', date: '2026-12-01' }, { version: '1.0', date: '2026-11-23' }],
  };
  const items = stepItems(procedure, '/procedures/a/', (p) => `https://x.org${p}`, (s) => `cite ${s.code}`, ['1.0', '1.1']);

  it('keeps a retired step in its place as a tombstone, dated by its change record, linking the last version that had it', () => {
    expect(items.map((i) => i.code)).toEqual(['HV-01.1', 'HV-01.2', 'HV-01.3']);
    expect(items[1]).toEqual({ code: 'HV-01.2', retired: { version: '1.1', date: '2026-12-01', note: '内容并入 HV-01.3', previous: '1.0', oldUrl: '/procedures/a/v/1.0/#HV-01.2' } });
  });

  it('gives each live step its citation and absolute short link', () => {
    expect(items[0]).toMatchObject({ cite: { text: 'cite HV-01.1', shortUrl: 'https://x.org/p/HV-01.1/' } });
  });
});
