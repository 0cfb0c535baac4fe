import { describe, expect, it } from 'vitest';
import { soundAlike, soundOf } from '../../src/lib/search/sounds';
import { levelOneCharacters } from '../../src/lib/search/gb2312';
import data from '../../src/lib/search/pinyin-runs.json';
// @ts-expect-error plain JavaScript without types: the generator of pinyin-runs.json
import { syllableRuns } from '../../scripts/lib/gb2312-sounds.mjs';

describe('sounds of common characters', () => {
  it('rebuilds the 3,755 level-1 characters, 啊 first and 座 last', () => {
    const characters = levelOneCharacters();
    expect(characters).toHaveLength(3755);
    expect([characters[0], characters.at(-1)]).toEqual(['啊', '座']);
  });

  it('pinyin-runs.json is what pinyin-pro gives today (run scripts/pinyin-runs.mjs after an update)', () => {
    expect(data.runs).toBe(syllableRuns());
  });

  it('the runs cover every character exactly, in alphabetical order of syllable', () => {
    const runs = [...data.runs.matchAll(/([a-z]+)(\d+)/g)].map(([, syllable, count]) => ({ syllable: syllable!, count: Number(count) }));
    expect(runs.reduce((sum, r) => sum + r.count, 0)).toBe(3755);
    // GB2312 orders by pinyin, so a syllable out of order means the runs drifted from the characters.
    // Its few exceptions: ü (lv, nv) sorts beside u, and 帧, filed among the zheng characters, is read zhen today.
    const outOfOrder = runs.filter((r, i) => i > 0 && r.syllable <= runs[i - 1]!.syllable).map((r) => r.syllable);
    expect(outOfOrder).toEqual(['luan', 'lun', 'nuan', 'nuo', 'zhen']);
  });

  it.each([['话', '化', 'hua'], ['议', '意', 'yi'], ['门', '们', 'men'], ['收', '手', 'shou'], ['核', '合', 'he'], ['症', '正', 'zheng']])(
    '%s and %s both sound %s',
    (a, b, syllable) => {
      expect(soundOf(a)).toBe(syllable);
      expect(soundAlike(a, b)).toBe(true);
    },
  );

  it.each([['核', '龄'], ['没', '上'], ['撤', '投'], ['白', '黑']])('%s and %s do not', (a, b) => {
    expect(soundAlike(a, b)).toBe(false);
  });

  it('a rare character has no sound, so it is never mended', () => {
    expect(soundOf('䶮')).toBeUndefined();
    expect(soundAlike('䶮', '䶮')).toBe(false);
  });
});
