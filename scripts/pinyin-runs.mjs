#!/usr/bin/env node
/**
 * `node scripts/pinyin-runs.mjs`: writes src/lib/search/pinyin-runs.json, where each
 * syllable's run of GB2312 level-1 characters starts (scripts/lib/gb2312-sounds.mjs).
 * The browser rebuilds the characters from the standard's byte order, so the page
 * ships 400 bytes of run lengths instead of a 3,755-character table. A unit test fails when
 * the file and pinyin-pro's readings disagree.
 */
import { writeFileSync } from 'node:fs';
import { encodeRuns } from './lib/gb2312-sounds.mjs';

const file = new URL('../src/lib/search/pinyin-runs.json', import.meta.url);
const data = {
  $comment: 'Written by scripts/pinyin-runs.mjs from pinyin-pro: GB2312 level-1 characters in order, as runs of one toneless syllable. lengths: one digit (0-9a-zA-Z) per run; same: [run, earlier run of the same syllable]. Read by src/lib/search/sounds.ts.',
  ...encodeRuns(),
};
writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
console.log(`pinyin-runs.json: ${data.lengths.length} runs`);
