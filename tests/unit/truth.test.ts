/**
 * Guards for what the 2026-11-29 fact-check found, so a machine-visible error
 * cannot come back: one name per hotline, 12363 never offered for collection
 * complaints, no rule pinned on a source that does not hold it, no in-force date
 * for the China Banking Association guideline, every days range equal to its tier's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, pageCollections } from './helpers/corpus';
import { projectRoot } from './helpers/fixture-corpus';
import type { PlainEntry } from '../../src/lib/content/integrity';
import { tiersHolding } from '../../src/lib/search/query';

const corpus = loadCorpus();
const entries: PlainEntry[] = [...pageCollections.flatMap((c) => corpus[c] ?? []), ...(corpus.glossary ?? [])];
const sourcesYaml = readFileSync(join(projectRoot, 'content/sources.yaml'), 'utf8');

/** The strings of an entry's data, one per line; references ({collection, id}) are not text. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') {
    if ('collection' in value && 'id' in value && Object.keys(value).length === 2) return [];
    return Object.values(value).flatMap(stringsIn);
  }
  return [];
}

/** Every text a reader can see, by file: the MDX body and every string of the frontmatter. */
const texts: [string, string][] = [
  ...entries.map((e) => [e.filePath ?? e.id, `${stringsIn(e.data).join('\n')}\n${e.body ?? ''}`] as [string, string]),
  ['content/sources.yaml', sourcesYaml],
];
const idsIn = (value: unknown, collection: string): string[] => {
  if (Array.isArray(value)) return value.flatMap((v) => idsIn(v, collection));
  if (value && typeof value === 'object') {
    const v = value as { collection?: unknown; id?: unknown };
    if (v.collection === collection && typeof v.id === 'string') return [v.id];
    return Object.values(value).flatMap((item) => idsIn(item, collection));
  }
  return [];
};

/** Sentences, so a rule and the source it is pinned on are judged together. */
const sentences = (text: string) => text.split(/[。；;\n]|\\n/).filter((s) => s.trim().length > 0);

export const HOTLINES: Record<string, string> = {
  '12378': '银行保险消费者投诉维权热线',
  '12363': '金融消费权益保护咨询投诉电话',
  '12348': '公共法律服务热线',
  '12356': '全国心理援助热线',
  '96110': '反诈预警劝阻专线',
  '12368': '诉讼服务热线',
};

/**
 * Names written right beside a number: 「某某热线12378」, 「12378（某某热线）」, 「12378某某热线」.
 * Words joined by 或/和/及 are another line, not this one's name.
 */
export function hotlineNamesBeside(text: string, number: string): string[] {
  const han = '[\\u4e00-\\u9fa5]';
  const before = new RegExp(`(${han}{2,24}(?:热线|电话|专线))[\\s「」“”"（(：:]*${number}`, 'g');
  const after = new RegExp(`${number}[\\s」”"）)]*[（(「“]?(${han}{2,24}?(?:热线|电话|专线))`, 'g');
  return [...text.matchAll(before), ...text.matchAll(after)].map((m) => m[1]!).filter((name) => !/^[或和及、]/.test(name));
}

/** Names beside a number that are not its one name (a name may be preceded by words such as 拨打). */
export function wrongHotlineNames(text: string, number: string): string[] {
  const name = HOTLINES[number]!;
  return hotlineNamesBeside(text, number).filter((found) => !found.endsWith(name) && !found.startsWith(name));
}

describe('hotlines', () => {
  it.each(Object.entries(HOTLINES))('%s is named one way everywhere (%s)', (number, name) => {
    expect(name.length).toBeGreaterThan(3);
    const wrong = texts.flatMap(([file, text]) => wrongHotlineNames(text, number).map((found) => `${file}: 「${found}」 beside ${number}`));
    expect(wrong).toEqual([]);
  });

  it('the name check catches a variant name (self-test)', () => {
    expect(wrongHotlineNames('可以打金融消费者权益保护热线12363。', '12363')).toHaveLength(1);
    expect(wrongHotlineNames('可以拨打金融消费权益保护咨询投诉电话12363。', '12363')).toEqual([]);
    expect(wrongHotlineNames('打12368或自己查到的法院电话。', '12368')).toEqual([]);
  });

  it('never offers 12363 for complaints about collection or amounts', () => {
    const offered = texts.flatMap(([file, text]) => sentences(text)
      // A sentence that names 12378 beside it is the correction (「催收投诉的监管渠道是 12378」), not the offer.
      .filter((s) => s.includes('12363') && /催收|欠款金额|金额不对/.test(s) && !/不(要|是|受理|管|用于|适用)|并非|而不是|不向|12378/.test(s))
      .map((s) => `${file}: ${s.trim()}`));
    expect(offered).toEqual([]);
    const either = texts.filter(([, text]) => /12378\s*[或/、]\s*12363|12363\s*[或/、]\s*12378/.test(text)).map(([file]) => file);
    expect(either).toEqual([]);
  });

  it('gives 12378 for collection complaints somewhere on a borrower page', () => {
    expect(texts.some(([, text]) => sentences(text).some((s) => s.includes('12378') && s.includes('催收')))).toBe(true);
  });
});

describe('sources hold what they are cited for', () => {
  it('never pins the 2021 market-based overdraft rate on the 2016 PBOC notice', () => {
    const wrong = texts.flatMap(([file, text]) => sentences(text)
      .filter((s) => s.includes('"pboc-credit-card-notice-2016"') && /2021|协商确定|自主协商/.test(s))
      .map((s) => `${file}: ${s.trim().slice(0, 120)}`));
    expect(wrong).toEqual([]);
    // Entries that list it in `sources` beside a definition (the glossary) must not state the 2021 change either.
    for (const e of entries) {
      if (idsIn(e.data, 'sources').includes('pboc-credit-card-notice-2016')) {
        expect(/自2021年.{0,12}协商/.test(stringsIn(e.data).join('\n')), e.filePath ?? e.id).toBe(false);
      }
    }
    // The register itself: the 2016 entry must not claim the 2021 change.
    const entry2016 = /- id: pboc-credit-card-notice-2016\n((?:(?!\n- id:)[\s\S])*)/.exec(sourcesYaml)![1]!;
    expect(entry2016).not.toMatch(/自2021年1月1日起透支利率由双方协商确定/);
    // …and the steps of procedures, whose sources are a list beside the text.
    for (const p of corpus.procedures ?? []) {
      for (const step of p.data.steps as { code: string; action: string; sources: { id: string }[] }[]) {
        const cites2016 = step.sources.some((s) => s.id === 'pboc-credit-card-notice-2016');
        expect(cites2016 && /2021|协商确定/.test(step.action), `${p.filePath} ${step.code}`).toBe(false);
      }
    }
  });

  it('never gives the China Banking Association guideline an in-force date', () => {
    expect(sourcesYaml).toMatch(/- id: cba-collection-guideline-2026\n(?:(?!\n- id:)[\s\S])*?reportedBy: [^\n]*2026年1月31日/);
    const entry = /- id: cba-collection-guideline-2026\n((?:(?!\n- id:)[\s\S])*)/.exec(sourcesYaml)![1]!;
    expect(entry).not.toMatch(/\n\s+effective:/);
    const dated = texts.flatMap(([file, text]) => sentences(text)
      .filter((s) => /银行业协会|cba-collection-guideline-2026/.test(s) && /\d{4}年\d{1,2}月(\d{1,2}日)?(起)?(施行|生效|实施)|(施行|生效)日期/.test(s))
      .map((s) => `${file}: ${s.trim().slice(0, 120)}`));
    expect(dated).toEqual([]);
  });

  it('never calls the 2020 SPC reply a 2021 reply', () => {
    const wrong = texts.filter(([, text]) => /2021年(的)?批复|SPC 2021 reply/.test(text)).map(([file]) => file);
    expect(wrong).toEqual([]);
  });

  it('never gives the superseded ¥500 cap as the fine for harassing messages today', () => {
    const wrong = texts.flatMap(([file, text]) => sentences(text)
      .filter((s) => /500元以下罚款|五百元以下罚款/.test(s) && !/2012/.test(s))
      .map((s) => `${file}: ${s.trim().slice(0, 120)}`));
    expect(wrong).toEqual([]);
  });
});

describe('days ranges', () => {
  const tiers = (corpus.tiers ?? []).map((t) => t.data as { bucket: string; daysFrom: number; daysTo?: number });
  const rangeOf = new Map(tiers.map((t) => [t.bucket, t]));

  /** 「M2（逾期31–60天）」, 「M2：31至60天」: a bucket and the range written right after it. */
  function statedRanges(text: string): { bucket: string; from: number; to: number }[] {
    return [...text.matchAll(/(M[0-3]\+?)[^M。；\n]{0,10}?(\d{1,3})\s*(?:–|-|—|~|至|到)\s*(\d{1,3})\s*天/g)]
      .map((m) => ({ bucket: m[1]!, from: Number(m[2]), to: Number(m[3]) }));
  }

  it('the range reader sees 「M2：逾期31–60天」 (self-test)', () => {
    expect(statedRanges('M2：逾期31–60天')).toEqual([{ bucket: 'M2', from: 31, to: 60 }]);
  });

  it('every range stated beside a tier name equals that tier’s range', () => {
    const wrong = texts.flatMap(([file, text]) => statedRanges(text)
      .filter((r) => {
        const tier = rangeOf.get(r.bucket);
        return tier !== undefined && (tier.daysFrom !== r.from || tier.daysTo !== r.to);
      })
      .map((r) => `${file}: ${r.bucket} ${r.from}–${r.to}`));
    expect(wrong).toEqual([]);
  });

  it('the tiers themselves run M1 1–30, M2 31–60, M3 61–90 (industry convention, facts file)', () => {
    expect(['M1', 'M2', 'M3'].map((b) => [rangeOf.get(b)?.daysFrom, rangeOf.get(b)?.daysTo])).toEqual([[1, 30], [31, 60], [61, 90]]);
  });

  it('search reads a number of days overdue as the tier whose range holds it (tiersHolding)', () => {
    const misread = tiers.filter((t) => t.daysFrom >= 1).flatMap((t) => [t.daysFrom, t.daysTo ?? t.daysFrom + 365]
      .filter((days) => !tiersHolding(days).includes(t.bucket))
      .map((days) => `${t.bucket} ${days}`));
    expect(misread).toEqual([]);
    expect(tiers.filter((t) => t.daysFrom >= 1).length).toBeGreaterThanOrEqual(5);
  });
});
