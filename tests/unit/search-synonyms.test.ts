/**
 * The search planner's synonym lists (src/lib/search/synonyms.json), entry by entry:
 * every site word is a word the pages of that language really use (else the search it
 * adds finds nothing of its own), no word stands in two groups (it would point two ways),
 * and every group maps at least one reader's word to at least one site word.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import synonyms from '../../src/lib/search/synonyms.json';

const root = join(import.meta.dirname, '../../content');

/** All the text a language's pages are made of: its entries, and the registers (which hold both languages). */
function corpusText(locale: 'zh-cn' | 'en'): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdx|yaml)$/.test(name)) parts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const collection of readdirSync(root)) {
    const dir = join(root, collection, locale);
    if (statSync(join(root, collection)).isDirectory() && readdirSync(join(root, collection)).includes(locale)) walk(dir);
  }
  for (const file of ['sources.yaml', 'glossary.yaml']) parts.push(readFileSync(join(root, file), 'utf8'));
  return parts.join('\n').toLowerCase();
}

for (const [lang, locale] of [['zh', 'zh-cn'], ['en', 'en']] as const) {
  const groups = synonyms[lang] as { site: string[]; say: string[]; note?: string }[];
  const text = corpusText(locale);
  describe(`${lang} synonyms`, () => {
    it('has groups', () => expect(groups.length).toBeGreaterThan(10));
    it.each(groups.map((g) => [g.site.join(' / '), g] as const))('%s', (_, group) => {
      expect(group.site.length).toBeGreaterThan(0);
      expect(group.say.length).toBeGreaterThan(0);
      expect(group.site.filter((w) => !text.includes(w.toLowerCase())), 'site words the pages never use').toEqual([]);
      const elsewhere = groups.filter((g) => g !== group).flatMap((g) => [...g.site, ...g.say]);
      expect([...group.site, ...group.say].filter((w) => elsewhere.includes(w)), 'words in another group too').toEqual([]);
      expect(group.say.filter((w) => group.site.includes(w)), 'a word both site and say').toEqual([]);
    });
  });
}
