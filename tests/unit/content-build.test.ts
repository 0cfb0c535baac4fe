/**
 * A bad content entry must stop the build with a message naming the file and the
 * field. These tests copy a known-good fixture corpus, break it, and run the real
 * Astro on it:
 *  - schema errors stop `astro sync` (the first step of `astro build`), so each is
 *    checked with a sync alone: no bundling, no rendering, no Pagefind;
 *  - the integrity check (src/lib/content/integrity.ts) runs when the pages are
 *    generated and lists every problem at once, so ONE build of a corpus broken
 *    many ways checks all their messages. Its exact problem count also proves that
 *    the rest of the fixture passes the schemas and the integrity check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildCorpus, copyCorpus, edit, syncCorpus, type BuildResult } from './helpers/fixture-corpus';

const dirs: string[] = [];
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

/** A fresh copy of the fixture corpus, removed after the file's tests. */
function corpus(): string {
  const dir = copyCorpus();
  dirs.push(dir);
  return dir;
}

describe('astro sync stops on a schema error, naming file and field', () => {
  it('a missing field', () => {
    const dir = corpus();
    edit(dir, 'procedures/zh-cn/visit.mdx', /^version: "1\.0"\n/m, '');
    const result = syncCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/procedures\/zh-cn\/visit\.mdx/);
    expect(result.output).toMatch(/^\s*version\b/m);
  });

  it('a wrong type', () => {
    const dir = corpus();
    edit(dir, 'tiers/zh-cn/m1.mdx', 'daysFrom: 1', 'daysFrom: one');
    const result = syncCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/tiers\/zh-cn\/m1\.mdx/);
    expect(result.output).toMatch(/^\s*daysFrom\b/m);
  });

  it('a letter field of an unknown type', () => {
    const dir = corpus();
    edit(dir, 'letters/zh-cn/letter.mdx', 'type: last4', 'type: lastfour');
    const result = syncCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/letters\/zh-cn\/letter\.mdx/);
    expect(result.output).toMatch(/fields\.2\.type/);
  });

  it('a question with two right answers where one is allowed', () => {
    const dir = corpus();
    edit(dir, 'quizzes/zh-cn/visit-basics.yaml', '{ text: 错的做法一, why', '{ text: 错的做法一, correct: true, why');
    const result = syncCorpus(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/quizzes\/zh-cn\/visit-basics\.yaml/);
    expect(result.output).toMatch(/questions\.0\.options.*exactly one correct option; this one has 2/s);
  });
});

describe('astro build stops on integrity errors, listing every one with file and field', () => {
  let result: BuildResult;

  beforeAll(() => {
    const dir = corpus();
    edit(dir, 'cases/zh-cn/case.mdx', 'rights: [zh-cn/privacy]', 'rights: [zh-cn/no-such-right]');
    edit(dir, 'procedures/zh-cn/visit.mdx', 'code: HV-01.4', 'code: HV-01.2');
    edit(dir, 'tiers/zh-cn/m1.mdx', '<Cite id="civil-code"', '<Cite id="no-such-law"');
    edit(dir, 'rights/zh-cn/privacy.mdx', '<Term id="wai-fang"', '<Term id="no-such-term"');
    edit(dir, 'guides/zh-cn/first-week-overdue.mdx', '](/rights/privacy/)', '](/rights/no-such-right/)');
    edit(dir, 'quizzes/zh-cn/visit-basics.yaml', 'basis: HV-01.3', 'basis: HV-01.9');
    edit(dir, 'drills/zh-cn/door.yaml', 'breaks: HV-01.3 }\n  - id: show', 'breaks: rights/no-such-right }\n  - id: show');
    edit(dir, 'checks.yaml', '{ id: civil-code,', '{ id: no-such-law,');
    // One misspelt placeholder: it names no field, and the field it meant is then unused.
    edit(dir, 'letters/zh-cn/letter.mdx', '卡号后四位：{account4}', '卡号后四位：{acount4}');
    result = buildCorpus(dir);
  });

  it('fails, and counts exactly the ten problems made here', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content integrity check failed (10 problems)');
  });

  it('a letter placeholder that names no field, and the field it left unused', () => {
    expect(result.output).toMatch(/letters\/zh-cn\/letter\.mdx: field "template" uses \{acount4\}, which names none of its fields \(lender, name, account4\)/);
    expect(result.output).toMatch(/letters\/zh-cn\/letter\.mdx: field "fields\[2\]" \(account4\) is never used in the template/);
  });

  it('a self-check rule citing a source that does not exist', () => {
    expect(result.output).toMatch(/checks\.yaml: rule "disclosure" field "sources\[0\]\.id" names no-such-law, which is not in sources\.yaml/);
  });

  it('a question whose basis is not a step, naming the file and the question', () => {
    expect(result.output).toMatch(/quizzes\/zh-cn\/visit-basics\.yaml: question "q3" \(questions\[2\]\.basis\[0\]\): HV-01\.9 is not a step of any procedure/);
  });

  it('a drill line that breaks a page that does not exist', () => {
    expect(result.output).toMatch(/drills\/zh-cn\/door\.yaml: node "open" \(nodes\[0\]\.choices\[1\]\.breaks\): rights\/no-such-right is not a page of this language/);
  });

  it('a reference to an entry that does not exist', () => {
    expect(result.output).toMatch(/cases\/zh-cn\/case\.mdx: field "rights\[0\]" refers to rights "zh-cn\/no-such-right", which does not exist/);
  });

  it('a duplicate step code', () => {
    expect(result.output).toMatch(/procedures\/zh-cn\/visit\.mdx: field "steps\[3\]\.code" repeats code HV-01\.2/);
  });

  it('a <Cite> naming an unknown source', () => {
    expect(result.output).toMatch(/tiers\/zh-cn\/m1\.mdx: <Cite id="no-such-law"> names a source that is not in sources\.yaml/);
  });

  it('a <Term> naming an unknown glossary term', () => {
    expect(result.output).toMatch(/rights\/zh-cn\/privacy\.mdx: <Term id="no-such-term"> names a term that is not in glossary\.yaml/);
  });

  it('a link in the text to an entry that does not exist', () => {
    expect(result.output).toMatch(/guides\/zh-cn\/first-week-overdue\.mdx: a link in the text points to rights "zh-cn\/no-such-right", which does not exist/);
  });
});
