/**
 * Whether two characters sound alike: an input-method slip swaps a character for
 * one with the same pinyin (异意 for 异议, 电化 for 电话), so the slip mender
 * (query.ts, mendTypos) mends only such swaps, never 核 → 龄 or 没 → 上.
 *
 * pinyin-runs.json says how many of GB2312's level-1 characters (gb2312.ts), in the
 * standard's order, share each toneless syllable (scripts/pinyin-runs.mjs). A
 * character outside level 1, or a decoder without gbk, has no sound and is not mended.
 */
import { lengths, same } from './pinyin-runs.json';
import { levelOneCharacters, runDigits } from './gb2312';

let sounds: Map<string, number> | undefined;

/** Each common character's sound: the number of the first run of its syllable. */
function soundTable(): Map<string, number> {
  if (sounds) return sounds;
  sounds = new Map();
  const characters = levelOneCharacters();
  const earlier = new Map(same.map(([run, first]) => [run!, first!] as const));
  let at = 0;
  [...lengths].forEach((digit, run) => {
    const count = runDigits.indexOf(digit);
    for (const ch of characters.slice(at, at + count)) sounds!.set(ch, earlier.get(run) ?? run);
    at += count;
  });
  return sounds;
}

/** The character's sound (a number standing for its toneless syllable as GB2312 files it), if it is a common character. */
export function soundOf(ch: string): number | undefined {
  return soundTable().get(ch);
}

/** Whether two common characters share a syllable, tones aside. */
export function soundAlike(a: string, b: string): boolean {
  const sound = soundOf(a);
  return sound !== undefined && sound === soundOf(b);
}
