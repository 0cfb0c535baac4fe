/**
 * Article numbers as the Chinese texts write them (第1033条, 第293条之一, 第196条第2款),
 * read as English pages cite them (Art. 1033, Art. 293-1, Art. 196(2)). For data kept
 * once for both languages, such as content/checks.yaml; pages write their own.
 */
export function englishArticle(article: string): string {
  return article
    .replace(/第(\d+)条之([一二三四五])/g, (_m, n: string, k: string) => `Art. ${n}-${'一二三四五'.indexOf(k) + 1}`)
    .replace(/第(\d+)条第(\d+)款/g, 'Art. $1($2)')
    .replace(/第(\d+)条/g, 'Art. $1')
    .replace(/、/g, ', ')
    .replace(/；/g, '; ')
    .replace(/至/g, '–');
}
