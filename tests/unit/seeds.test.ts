/**
 * No sentence of the seed articles survives in our content. Both sides are
 * normalised (Traditional → Simplified, pinyin glosses and punctuation removed),
 * then any run of 20 or more identical characters is flagged.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { projectRoot } from './helpers/fixture-corpus';
import { loadCorpus, pageCollections } from './helpers/corpus';

const RUN = 20;
const seedsDir = join(projectRoot, '../shared/seeds');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Keeps letters and digits only, in Simplified script; drops glued-on pinyin like 導(dǎo). */
export function normalise(text: string): string {
  return toSimplified(text.replace(/[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]/g, ''))
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

function windows(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + RUN <= text.length; i++) set.add(text.slice(i, i + RUN));
  return set;
}

describe.skipIf(!existsSync(seedsDir))('content against the seed articles', () => {
  // Collected even when skipped, so read only when the seeds are there (they live outside the repository).
  const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : [];
  const seedWindows = new Set(seedFiles.flatMap((f) => [...windows(normalise(readFileSync(join(seedsDir, f), 'utf8')))]));

  it('normalises the seeds into Simplified text the check can match', () => {
    expect(seedFiles.length).toBeGreaterThan(0);
    expect(normalise('逾期問題導(dǎo)語')).toBe('逾期问题导语');
    // A planted copy of a seed passage must be caught, or the check is blind.
    const planted = normalise(readFileSync(join(seedsDir, seedFiles[0]!), 'utf8')).slice(200, 200 + RUN);
    expect(seedWindows.has(planted)).toBe(true);
  });

  it('finds no run of 20 identical characters in any page, source or term', () => {
    const corpus = loadCorpus();
    const texts = [
      ...pageCollections.flatMap((c) => corpus[c] ?? []).map((e) => [e.filePath!, `${JSON.stringify(e.data)}${e.body}`] as const),
      ...[...corpus.sources!, ...corpus.glossary!].map((e) => [`${e.filePath} (${e.id})`, JSON.stringify(e.data)] as const),
    ];
    const copied: string[] = [];
    for (const [file, text] of texts) {
      const norm = normalise(text);
      for (let i = 0; i + RUN <= norm.length; i++) {
        const run = norm.slice(i, i + RUN);
        if (seedWindows.has(run)) { copied.push(`${file}: 「${run}」`); break; }
      }
    }
    expect(copied).toEqual([]);
  });
});
