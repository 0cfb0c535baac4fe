/**
 * The cue words by which a query asks for a kind of page (src/lib/search/kind-cues.json),
 * entry by entry: each kind is one the pages carry as their search `kind`, no cue stands
 * for two kinds, and each cue, alone in a query, asks for its kind and no other.
 */
import { describe, expect, it } from 'vitest';
import cues from '../../src/lib/search/kind-cues.json';
import { kindCuesIn, kindsAskedFor } from '../../src/lib/search/kinds';
import { pageKinds } from '../../src/lib/routes';

/** Every `data-pagefind-meta="kind:…"` (and list entries' `data-entry-meta="kind:…"`) value the templates write. */
const siteKinds = new Set<string>([...pageKinds, 'info', 'glossary', 'sources', 'modules', 'drills', 'tools']);

for (const lang of ['zh', 'en'] as const) {
  const table = cues[lang] as Record<string, string[]>;
  describe(`${lang} kind cues`, () => {
    it.each(Object.entries(table))('%s', (kind, words) => {
      expect(siteKinds.has(kind), `${kind} is not a kind of page`).toBe(true);
      expect(words.length).toBeGreaterThan(0);
      const elsewhere = Object.entries(table).filter(([k]) => k !== kind).flatMap(([, w]) => w);
      expect(words.filter((w) => elsewhere.includes(w)), 'cues of another kind too').toEqual([]);
      for (const word of words) expect(kindsAskedFor(word, lang), word).toEqual([kind]);
    });
  });
}

describe('kindsAskedFor', () => {
  it('finds the kind inside a Chinese query and none in a plain question', () => {
    expect(kindsAskedFor('外访培训 从敲门到离开', 'zh')).toEqual(['modules']);
    expect(kindsAskedFor('晚上十点后还打电话', 'zh')).toEqual([]);
  });
  it('lets a longer cue win over one inside it: 英文怎么说 asks for the glossary, not a script', () => {
    expect(kindsAskedFor('核销 英文怎么说', 'zh')).toEqual(['glossary']);
    expect(kindCuesIn('核销 英文怎么说', 'zh')).toEqual(['英文怎么说']);
    expect(kindCuesIn('弱势客户 培训 测验题', 'zh')).toEqual(['培训', '测验']);
  });
  it('matches English cues as whole words only', () => {
    expect(kindsAskedFor('What does tingxi guazhang mean?', 'en')).toEqual(['glossary']);
    expect(kindsAskedFor('a showcase of collectors', 'en')).toEqual([]);
  });
});
