/**
 * The distinct Chinese characters of a page, for the search index.
 *
 * Pagefind indexes Chinese with a dictionary segmenter (催收 is one word) but
 * segments a query with the browser's Intl.Segmenter, which splits words it does
 * not know (催收 → 催 收) and then matches each piece as the start of a word.
 * A page about 催收 then matches 收 only if it happens to have a word starting
 * with 收, and only if that word's index chunk was loaded (Pagefind loads the one
 * chunk that holds the piece itself, not every chunk of words that start with
 * it). Listing every character once, as its own word, lets each piece match the
 * pages that contain it. The list is indexed at weight 0: it decides which pages
 * match, never how they rank, and never where an excerpt is taken from.
 */
export function hanCharacters(...texts: string[]): string {
  const seen = new Set<string>();
  for (const text of texts) for (const ch of text.matchAll(/\p{Script=Han}/gu)) seen.add(ch[0]);
  return [...seen].join(' ');
}

/**
 * A term's pinyin as readers type it: without tone marks, syllable by syllable
 * (ting xi gua zhang), each pair run together (tingxi xigua guazhang) and the whole
 * (tingxiguazhang), since readers join the syllables of a word and the glossary's
 * pinyin does not say where its words end.
 */
export function pinyinForms(pinyin: string): string {
  const syllables = pinyin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s'’-]+/).filter(Boolean);
  const pairs = syllables.slice(1).map((s, i) => `${syllables[i]}${s}`);
  return [...new Set([...syllables, ...pairs, ...(syllables.length > 2 ? [syllables.join('')] : [])])].join(' ');
}
