/**
 * The 3,755 characters of GB2312 level 1, the most common ones, in the standard's
 * own order, which is by pinyin (each syllable's characters stand together). Rebuilt
 * from the byte order with the gbk decoder every browser and Node have, so no
 * character table is shipped. Empty where the decoder lacks gbk.
 * No imports: scripts/lib/gb2312-sounds.mjs loads this file in plain Node.
 */
export function levelOneCharacters(): string[] {
  const bytes: number[] = [];
  // Rows 0xB0–0xD7, cells 0xA1–0xFE; the last row ends at 0xF9.
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) bytes.push(row, cell);
  }
  try {
    return [...new TextDecoder('gbk').decode(new Uint8Array(bytes))];
  } catch {
    return [];
  }
}

/** pinyin-runs.json's digits: one character per run length (1–61); its writer and its reader use this one. */
export const runDigits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
