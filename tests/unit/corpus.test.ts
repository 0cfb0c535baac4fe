/**
 * The whole zh-CN corpus, through the real schemas: coverage minimums, the shape
 * each kind of page must have (../shared/CONTENT.md), and that every source and
 * glossary term is used.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, pageCollections } from './helpers/corpus';
import { findIntegrityProblems, type PlainEntry } from '../../src/lib/content/integrity';
import { citedSourceIds, usedTermIds } from '../../src/lib/content/body-refs';

const corpus = loadCorpus();
const zh = (list: PlainEntry[] = []) => list.filter((e) => e.id.startsWith('zh-cn/'));
const refsTo = (value: unknown, collection: string): string[] => {
  if (Array.isArray(value)) return value.flatMap((v) => refsTo(v, collection));
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (v.collection === collection && typeof v.id === 'string') return [v.id];
    return Object.values(v).flatMap((item) => refsTo(item, collection));
  }
  return [];
};
const pages = pageCollections.flatMap((c) => corpus[c] ?? []);

describe('the corpus', () => {
  it('is consistent: no dangling reference, no duplicate code, no unknown <Cite>/<Term>', () => {
    expect(findIntegrityProblems(corpus)).toEqual([]);
  });

  it.each([
    ['tiers', 6], ['procedures', 9], ['rights', 12], ['scripts', 14], ['cases', 10], ['letters', 4], ['guides', 1],
  ])('has at least the minimum number of %s in zh-cn', (collection, minimum) => {
    expect(zh(corpus[collection]).length).toBeGreaterThanOrEqual(minimum);
  });

  it('has at least 20 sources and 50 glossary terms', () => {
    expect(corpus.sources!.length).toBeGreaterThanOrEqual(20);
    expect(corpus.glossary!.length).toBeGreaterThanOrEqual(50);
  });

  it('has the six tiers M0 … M3+ and the late stage, in order, without gaps', () => {
    const tiers = zh(corpus.tiers).map((t) => t.data as { bucket: string; order: number; daysFrom: number; daysTo?: number })
      .sort((a, b) => a.order - b.order);
    expect(tiers.map((t) => t.bucket)).toEqual(['M0', 'M1', 'M2', 'M3', 'M3+', 'LEGAL']);
    for (let i = 1; i < 5; i++) expect(tiers[i]!.daysFrom).toBe((tiers[i - 1]!.daysTo ?? -1) + 1);
  });

  it('gives each procedure at least five coded steps, most of them sourced', () => {
    for (const p of corpus.procedures!) {
      const steps = p.data.steps as { code: string; sources: unknown[] }[];
      expect(steps.length, p.filePath).toBeGreaterThanOrEqual(5);
      const sourced = steps.filter((s) => s.sources.length > 0).length;
      expect(sourced * 2, `${p.filePath}: most steps must cite a source`).toBeGreaterThan(steps.length);
      // Codes are permanent: a retired step leaves a gap, so numbers only have to increase (never renumber).
      const numbers = steps.map((s) => Number(s.code.slice(String(p.data.code).length + 1)));
      steps.forEach((s) => expect(s.code.startsWith(`${p.data.code}.`), `${p.filePath}: ${s.code}`).toBe(true));
      numbers.forEach((n, i) => { if (i > 0) expect(n, `${p.filePath}: ${steps[i]!.code} must come after ${steps[i - 1]!.code}`).toBeGreaterThan(numbers[i - 1]!); });
      expect(p.body, `${p.filePath} must render its steps`).toContain('<Steps items={props.steps} />');
    }
  });

  it('gives each right and each case their links (checked by schema, asserted here on the real corpus)', () => {
    for (const r of corpus.rights!) expect(refsTo(r.data.sources, 'sources').length, r.filePath).toBeGreaterThan(0);
    for (const c of corpus.cases!) {
      expect(refsTo(c.data.procedures, 'procedures').length, c.filePath).toBeGreaterThan(0);
      expect(refsTo(c.data.rights, 'rights').length, c.filePath).toBeGreaterThan(0);
    }
  });

  it('makes every page cite at least one source', () => {
    for (const p of pages) {
      const cited = new Set([...refsTo(p.data, 'sources'), ...citedSourceIds(p.body ?? '')]);
      expect(cited.size, `${p.filePath} cites no source`).toBeGreaterThan(0);
    }
  });

  it('uses every source somewhere', () => {
    const used = new Set([...pages, ...corpus.glossary!].flatMap((p) => [...refsTo(p.data, 'sources'), ...citedSourceIds(p.body ?? '')]));
    const unused = corpus.sources!.map((s) => s.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('uses every glossary term on some page', () => {
    const used = new Set(pages.flatMap((p) => usedTermIds(p.body ?? '')));
    const unused = corpus.glossary!.map((g) => g.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('names no real lender, collector or platform (cases are fictional)', () => {
    // Names from the seeds and the largest lenders; a case may say 甲银行 or 某消费金融公司.
    const realNames = ['招联', '招商银行', '联通', '马上消费', '蚂蚁', '借呗', '花呗', '微粒贷', '京东金融', '度小满', '捷信', '中银消费', '兴业消费', '工商银行', '建设银行', '农业银行', '交通银行', '平安普惠', '360借条', '美团'];
    for (const p of pages) {
      const text = `${JSON.stringify(p.data)}\n${p.body}`;
      for (const name of realNames) expect(text.includes(name), `${p.filePath} names ${name}`).toBe(false);
    }
  });
});
