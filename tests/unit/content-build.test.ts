/**
 * A bad content entry must stop `astro build` with a message naming the file and
 * the field. These tests break a known-good fixture corpus one way at a time and
 * run the real build on it.
 */
import { describe, expect, it, afterEach } from 'vitest';
import { rmSync } from 'node:fs';
import { buildCorpus, copyCorpus, edit } from './helpers/fixture-corpus';

let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('astro build on the fixture corpus', () => {
  it('builds the valid corpus', () => {
    dir = copyCorpus();
    const result = buildCorpus(dir);
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  it('stops on a missing field, naming file and field', () => {
    dir = copyCorpus();
    edit(dir, 'procedures/zh-cn/visit.mdx', /^version: "1\.0"\n/m, '');
    const result = buildCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/procedures\/zh-cn\/visit\.mdx/);
    expect(result.output).toMatch(/version/);
  });

  it('stops on a wrong type, naming file and field', () => {
    dir = copyCorpus();
    edit(dir, 'tiers/zh-cn/m1.mdx', 'daysFrom: 1', 'daysFrom: one');
    const result = buildCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/tiers\/zh-cn\/m1\.mdx/);
    expect(result.output).toMatch(/daysFrom/);
  });

  it('stops on a reference to an entry that does not exist', () => {
    dir = copyCorpus();
    edit(dir, 'cases/zh-cn/case.mdx', 'rights: [zh-cn/privacy]', 'rights: [zh-cn/no-such-right]');
    const result = buildCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/cases\/zh-cn\/case\.mdx: field "rights\[0\]" refers to rights "zh-cn\/no-such-right"/);
  });

  it('stops on a duplicate step code', () => {
    dir = copyCorpus();
    edit(dir, 'procedures/zh-cn/visit.mdx', 'code: HV-01.4', 'code: HV-01.2');
    const result = buildCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/procedures\/zh-cn\/visit\.mdx: field "steps\[3\]\.code" repeats code HV-01\.2/);
  });

  it('stops on a <Cite> naming an unknown source', () => {
    dir = copyCorpus();
    edit(dir, 'tiers/zh-cn/m1.mdx', '<Cite id="civil-code"', '<Cite id="no-such-law"');
    const result = buildCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/tiers\/zh-cn\/m1\.mdx: <Cite id="no-such-law">/);
  });
});
