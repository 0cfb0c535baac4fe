/**
 * Gzip made smaller with Zopfli, for the files every first query fetches: the answer
 * cards, and Pagefind's WebAssembly and per-language metadata. Zopfli searches harder
 * for matches than zlib and writes ordinary gzip, so browsers, Pagefind and the search
 * script unpack the same bytes as before. On 2026-11-30: Chinese cards 43.0 → 38.0 KB
 * (zlib at level 9 handles UTF-8 Chinese poorly), Pagefind's wasm and metadata about
 * 3 KB less per language. That is what lets the cards carry more readers' questions
 * inside the first query's 200 KB.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Five passes: 15 saved another 0.1 % on the cards in half again the time. */
const passes = 5;

/**
 * Above this many bytes unpacked, zlib at level 9 instead: Zopfli's time grows with the file, and
 * a corpus large enough for that (the scale bench's 5,000 entries) is past the first query's
 * budget anyway. The Chinese cards of 2026-11-30 are 145 KB unpacked.
 */
const zopfliUpTo = 512 * 1024;

export async function smallerGzip(raw: Uint8Array): Promise<Buffer> {
  if (raw.length > zopfliUpTo) return gzipSync(raw, { level: 9 });
  return Buffer.from(await gzipAsync(raw, { numiterations: passes }));
}

/**
 * Re-packs gzip files in place, keeping a file as it was when Zopfli does not beat it.
 * Returns the bytes before and after, for the build log.
 */
export async function regzipFiles(paths: readonly string[]): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  for (const path of paths) {
    const packed = await readFile(path);
    const smaller = await smallerGzip(gunzipSync(packed));
    before += packed.length;
    if (smaller.length < packed.length) await writeFile(path, smaller);
    after += Math.min(smaller.length, packed.length);
  }
  return { before, after };
}
