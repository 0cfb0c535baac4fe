/**
 * Where each toneless syllable's run of GB2312 level-1 characters starts, from
 * pinyin-pro's readings. The search's slip mender (src/lib/search/sounds.ts) uses
 * the runs to tell an input-method slip (异意 for 异议: both yi) from another word
 * (核 he for 龄 ling). Written by scripts/pinyin-runs.mjs, checked by a unit test.
 */
import { pinyin } from 'pinyin-pro';
import { levelOneCharacters, runDigits } from '../../src/lib/search/gb2312.ts';

/**
 * The characters' syllable runs, in order. A character with several readings stays in
 * the current run when one of its readings is the run's syllable (GB2312 files it under
 * one reading).
 */
export function syllableRuns(characters = levelOneCharacters()) {
  const runs = [];
  for (const ch of characters) {
    const readings = pinyin(ch, { multiple: true, toneType: 'none', type: 'array' }).map((r) => r.replace(/ü/g, 'v'));
    const current = runs.at(-1);
    if (current && readings.includes(current.syllable)) { current.count++; continue; }
    const later = readings.filter((r) => !current || r > current.syllable).sort();
    runs.push({ syllable: later[0] ?? readings[0], count: 1 });
  }
  return runs;
}

/**
 * The runs as pinyin-runs.json stores them: `lengths`, one digit of runDigits per run (runs are short, and the file ships in the page's script);
 * `same`, [run, earlier run] where a syllable comes back (正 … 帧 … 证: GB2312 files 帧
 * among the zheng characters, read zhen today).
 */
export function encodeRuns(runs = syllableRuns()) {
  const first = new Map();
  const same = [];
  runs.forEach((run, i) => {
    if (first.has(run.syllable)) same.push([i, first.get(run.syllable)]);
    else first.set(run.syllable, i);
  });
  return { lengths: runs.map((r) => runDigits[r.count]).join(''), same };
}
