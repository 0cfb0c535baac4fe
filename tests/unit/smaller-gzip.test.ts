/** The Zopfli re-pack of first-query files (src/integrations/smaller-gzip.ts): same bytes unpacked, fewer packed. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { regzipFiles, smallerGzip } from '../../src/integrations/smaller-gzip';

// Text like the cards': Chinese questions that share words, as JSON.
const sample = Buffer.from(JSON.stringify(Array.from({ length: 300 }, (_, i) => `催收第${i}次上门 夜里十点后还打电话 能投诉吗 / 逾期${i}天 征信会怎样`)));

describe('smallerGzip', () => {
  it('writes gzip that unpacks to the same bytes, smaller than zlib at level 9', async () => {
    const packed = await smallerGzip(sample);
    expect(gunzipSync(packed).equals(sample)).toBe(true);
    expect(packed.length).toBeLessThan(gzipSync(sample, { level: 9 }).length);
  });
  it('re-packs files in place, and leaves a file Zopfli cannot beat as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regzip-'));
    const text = join(dir, 'a.pf_meta');
    const tiny = join(dir, 'b.pf_meta');
    await writeFile(text, gzipSync(sample, { level: 1 }));
    const tinyPacked = gzipSync(Buffer.from('x'), { level: 9 });
    await writeFile(tiny, tinyPacked);
    const { before, after } = await regzipFiles([text, tiny]);
    expect(after).toBeLessThan(before);
    expect(gunzipSync(await readFile(text)).equals(sample)).toBe(true);
    expect((await readFile(tiny)).length).toBeLessThanOrEqual(tinyPacked.length);
    expect(gunzipSync(await readFile(tiny)).toString()).toBe('x');
  });
});

describe('smallerGzip on a large file', () => {
  it('falls back to zlib above 512 KB unpacked, still gzip of the same bytes', async () => {
    const big = Buffer.concat(Array.from({ length: 2200 }, () => sample.subarray(0, 256)));
    const packed = await smallerGzip(big);
    expect(gunzipSync(packed).equals(big)).toBe(true);
    expect(packed.equals(gzipSync(big, { level: 9 }))).toBe(true);
  });
});
