import { describe, expect, it } from 'vitest';
import { soundAlike, soundOf } from '../../src/lib/search/sounds';
import { levelOneCharacters } from '../../src/lib/search/gb2312';
import data from '../../src/lib/search/pinyin-runs.json';
import { encodeRuns, syllableRuns } from '../../scripts/lib/gb2312-sounds.mjs';

describe('sounds of common characters', () => {
  it('rebuilds the 3,755 level-1 characters, 啊 first and 座 last', () => {
    const characters = levelOneCharacters();
    expect(characters).toHaveLength(3755);
    expect([characters[0], characters.at(-1)]).toEqual(['啊', '座']);
  });

  it('pinyin-runs.json is what pinyin-pro gives today (run scripts/pinyin-runs.mjs after an update)', () => {
    expect({ lengths: data.lengths, same: data.same }).toEqual(encodeRuns());
  });

  it('the runs cover every character exactly, in alphabetical order of syllable', () => {
    const runs = syllableRuns() as { syllable: string; count: number }[];
    expect(runs.reduce((sum, r) => sum + r.count, 0)).toBe(3755);
    // GB2312 orders by pinyin, so a syllable out of order means the runs drifted from the characters.
    // Its few exceptions: ü (lv, nv) sorts beside u, and 帧, filed among the zheng characters, is read zhen today.
    const outOfOrder = runs.filter((r, i) => i > 0 && r.syllable <= runs[i - 1]!.syllable).map((r) => r.syllable);
    expect(outOfOrder).toEqual(['luan', 'lun', 'nuan', 'nuo', 'zhen']);
  });

  // 证 and 正 stand on either side of 帧, filed among the zheng characters but read zhen: one sound all the same.
  it.each([['话', '化'], ['议', '意'], ['门', '们'], ['收', '手'], ['核', '合'], ['证', '正']])('%s and %s sound alike', (a, b) => {
    expect(soundOf(a)).toBeDefined();
    expect(soundAlike(a, b)).toBe(true);
  });

  it.each([['核', '龄'], ['没', '上'], ['撤', '投'], ['白', '黑']])('%s and %s do not', (a, b) => {
    expect(soundAlike(a, b)).toBe(false);
  });

  it('a rare character has no sound, so it is never mended', () => {
    expect(soundOf('䶮')).toBeUndefined();
    expect(soundAlike('䶮', '䶮')).toBe(false);
  });
});
