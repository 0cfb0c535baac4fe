/**
 * The promise "codes and URLs are forever" through the real `astro build` of a copy
 * of the fixture corpus (whose content/published.json registers its pages and codes):
 * deleting a step and renaming a page fail the build, naming both; retiring the step
 * with a tombstone and redirecting the old URL make it pass again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, copyCorpus, edit } from './helpers/fixture-corpus';

const dir = copyCorpus();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const step2 = '  - { code: HV-01.2, title: 预约, action: 提前与借款人预约时间。, sources: [civil-code] }\n';
const step6 = '  - { code: HV-01.6, title: 离开, action: 离开并记录时间。, sources: [civil-code] }\n';

describe('published URLs and codes', () => {
  it('a deleted step and a renamed page stop the build, each named', () => {
    edit(dir, 'procedures/zh-cn/visit.mdx', step2, step6);
    renameSync(join(dir, 'rights/zh-cn/privacy.mdx'), join(dir, 'rights/zh-cn/privacy-at-home.mdx'));
    for (const file of ['cases/zh-cn/case.mdx', 'letters/zh-cn/letter.mdx', 'guides/zh-cn/first-week-overdue.mdx']) {
      if (existsSync(join(dir, file))) edit(dir, file, /zh-cn\/privacy\b/g, 'zh-cn/privacy-at-home');
    }
    edit(dir, 'guides/zh-cn/first-week-overdue.mdx', '/rights/privacy/', '/rights/privacy-at-home/');
    const result = buildCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('published code HV-01.2 no longer exists');
    expect(result.output).toContain('published page /rights/privacy/ no longer exists');
  });

  it('retiring the step (tombstone, change record) and redirecting the old URL let it build', () => {
    edit(dir, 'procedures/zh-cn/visit.mdx', 'version: "1.0"', 'version: "1.1"');
    edit(dir, 'procedures/zh-cn/visit.mdx', 'changes:\n', 'changes:\n  - { version: "1.1", date: 2026-11-29, effective: 2026-12-01, summary: 预约并入核对案件。, removed: [HV-01.2], added: [HV-01.6] }\n');
    edit(dir, 'procedures/zh-cn/visit.mdx', 'steps:\n', 'retired:\n  - { code: HV-01.2, version: "1.1", note: 内容并入 HV-01.1 }\nsteps:\n');
    writeFileSync(join(dir, 'redirects.yaml'), '- from: /rights/privacy/\n  to: /rights/privacy-at-home/\n');
    const result = buildCorpus(dir, true);
    afterAll(() => rmSync(result.outDir!, { recursive: true, force: true }));
    expect(result.output).not.toMatch(/no longer exists/);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const out = result.outDir!;
    const page = readFileSync(join(out, 'procedures/visit/index.html'), 'utf8');
    expect(page).toMatch(/id="HV-01\.2"[^>]*>[\s\S]*?内容并入 HV-01\.1/);
    expect(readFileSync(join(out, 'p/HV-01.2/index.html'), 'utf8')).toContain('/procedures/visit/#HV-01.2');
    expect(readFileSync(join(out, 'rights/privacy/index.html'), 'utf8')).toContain('/rights/privacy-at-home/');
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toBe('/rights/privacy/ /rights/privacy-at-home/ 301\n');
  });
});
