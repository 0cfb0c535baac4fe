/**
 * Whether two characters sound alike: an input-method slip swaps a character for
 * one with the same pinyin (异意 for 异议, 电化 for 电话), so the slip mender
 * (query.ts, mendTypos) mends only such swaps, never 核 → 龄 or 没 → 上.
 *
 * pinyin-runs.json says how many of GB2312's level-1 characters (gb2312.ts), in the
 * standard's order, share each toneless syllable (scripts/pinyin-runs.mjs). A
 * character outside level 1, or a decoder without gbk, has no sound and is not mended.
 */
import data from './pinyin-runs.json';
import { levelOneCharacters } from './gb2312';

let sounds: Map<string, string> | undefined;

function soundTable(): Map<string, string> {
  if (sounds) return sounds;
  sounds = new Map();
  const characters = levelOneCharacters();
  let at = 0;
  for (const [, syllable, count] of data.runs.matchAll(/([a-z]+)(\d+)/g)) {
    for (const ch of characters.slice(at, at + Number(count))) sounds.set(ch, syllable!);
    at += Number(count);
  }
  return sounds;
}

/** The character's toneless syllable as GB2312 files it (话 → hua), if it is a common character. */
export function soundOf(ch: string): string | undefined {
  return soundTable().get(ch);
}

/** Whether two common characters share a syllable, tones aside. */
export function soundAlike(a: string, b: string): boolean {
  const sound = soundOf(a);
  return sound !== undefined && sound === soundOf(b);
}
