/**
 * The content layer's Astro half (src/lib/content/site.ts) with astro:content
 * mocked, as Starlight tests its routing: the corpus loads once, the integrity
 * check runs, links are walked both ways, routes and static paths come from it.
 */
import { describe, expect, it, vi } from 'vitest';

const ref = (collection: string, id: string) => ({ collection, id });
const procedure = (id: string, code: string, title: string) => {
  const locale = id.split('/')[0];
  return {
    id, filePath: `content/procedures/${id}.mdx`, body: `<Steps items={props.steps} /> ${locale === 'en' ? 'See' : '见'} <Cite id="civil-code" />`,
    data: { title, code, summary: locale === 'en' ? 'A procedure.' : '一个流程。', audience: ['agent'], lastReviewed: '2026-11-29', tiers: [ref('tiers', `${locale}/m1`)], steps: [], retired: [] },
  };
};
const tier = (locale: string) => ({ id: `${locale}/m1`, data: { title: 'M1', order: 1, bucket: 'M1', audience: ['borrower'], sources: [ref('sources', 'civil-code')] }, body: '' });
const collections: Record<string, unknown[]> = {
  tiers: [tier('zh-cn'), tier('en')],
  procedures: [procedure('zh-cn/b-visit', 'HV-02', '乙'), procedure('zh-cn/a-visit', 'HV-01', '甲'), procedure('en/a-visit', 'HV-01', 'A')],
  rights: [{ id: 'zh-cn/privacy', data: { title: '隐私', sources: [ref('sources', 'pipl')], procedures: [ref('procedures', 'zh-cn/a-visit')] }, body: '[HV-02](/procedures/b-visit/#HV-02.1)' }],
  scripts: [], cases: [], letters: [], guides: [],
  info: [{ id: 'zh-cn/help', data: { title: '需要帮助', sources: [] }, body: '' }],
  sources: [{ id: 'civil-code', data: {} }, { id: 'pipl', data: {} }],
  glossary: [],
};

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => collections[name] ?? [],
}));

const site = await import('../../src/lib/content/site');

describe('getSite', () => {
  it('loads every collection once and walks links both ways, from data and from the body', async () => {
    const corpus = await site.getSite();
    expect(await site.getSite()).toBe(corpus);
    const privacy = { collection: 'rights', id: 'zh-cn/privacy' };
    expect(corpus.linksFrom(privacy)).toEqual(expect.arrayContaining([
      { collection: 'sources', id: 'pipl' },
      { collection: 'procedures', id: 'zh-cn/a-visit' },
      { collection: 'procedures', id: 'zh-cn/b-visit' },
    ]));
    expect(corpus.linksTo({ collection: 'procedures', id: 'zh-cn/b-visit' })).toEqual([privacy]);
    expect(corpus.linksTo({ collection: 'sources', id: 'civil-code' }).map((k) => k.id)).toContain('zh-cn/a-visit');
  });

  it('lists a kind in one locale in reading order (procedures by code)', async () => {
    expect((await site.pagesOf('procedures', 'zh-cn')).map((p) => p.data.code)).toEqual(['HV-01', 'HV-02']);
    expect((await site.pagesOf('procedures', 'en')).map((p) => p.id)).toEqual(['en/a-visit']);
  });

  it('finds every source an entry cites, in frontmatter, steps and body', () => {
    expect(site.sourcesCitedBy({ data: { sources: [ref('sources', 'pipl')] }, body: '<Cite id="civil-code" />' })).toEqual(['pipl', 'civil-code']);
  });
});

describe('routes of the site', () => {
  it('serves each entry, the info pages at the root, and an English index only where English entries exist', async () => {
    const paths = (await site.getRoutes()).map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/procedures/a-visit/', '/en/procedures/a-visit/', '/help/', '/procedures/', '/en/procedures/', '/rights/']));
    expect(paths).not.toContain('/en/rights/');
    expect(paths).not.toContain('/en/help/');
    // Short links by code, in the default language only; a checklist beside each procedure.
    expect(paths).toEqual(expect.arrayContaining(['/p/HV-01/', '/p/HV-02/', '/procedures/a-visit/checklist/']));
    expect((await site.getRoutes()).find((r) => r.path === '/p/HV-01/')!.target).toBe('/procedures/a-visit/');
    // Short links per language: the English code leads to the English page; HV-02 has none in English.
    expect((await site.getRoutes()).find((r) => r.path === '/en/p/HV-01/')!.target).toBe('/en/procedures/a-visit/');
    expect(paths).not.toContain('/en/p/HV-02/');
  });

  it('gives each page file its static paths with the [...lang] param', async () => {
    const entries = await site.pathsFor('entry');
    expect(entries.find((p) => p.props.route.path === '/en/procedures/a-visit/')!.params).toEqual({ lang: 'en', kind: 'procedures', slug: 'a-visit' });
    expect(entries.find((p) => p.props.route.path === '/procedures/a-visit/')!.params).toEqual({ lang: undefined, kind: 'procedures', slug: 'a-visit' });
    expect((await site.pathsFor('info')).map((p) => p.params)).toEqual([{ lang: undefined, info: 'help' }]);
  });
});
