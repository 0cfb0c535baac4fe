/**
 * The route model (src/lib/routes.ts): every page of every locale, once, with its
 * twin; the English policy in one function; the language switch's target.
 */
import { describe, expect, it } from 'vitest';
import { buildRoutes, localeOfPath, singlePageExists, switchTarget, type EntryRef } from '../../src/lib/routes';

const entries: EntryRef[] = [
  { collection: 'procedures', id: 'zh-cn/on-site-conduct' },
  { collection: 'procedures', id: 'zh-cn/home-visit-preparation' },
  { collection: 'procedures', id: 'en/on-site-conduct' },
  { collection: 'rights', id: 'zh-cn/no-contact-at-night' },
  { collection: 'info', id: 'zh-cn/help' },
];
const routes = buildRoutes(entries);
const at = (path: string) => routes.find((r) => r.path === path);

describe('buildRoutes', () => {
  it('gives every entry its page in its own locale', () => {
    expect(at('/procedures/on-site-conduct/')).toMatchObject({ kind: 'entry', locale: 'zh-cn', collection: 'procedures', entryId: 'zh-cn/on-site-conduct' });
    expect(at('/en/procedures/on-site-conduct/')).toMatchObject({ kind: 'entry', locale: 'en' });
    expect(at('/help/')).toMatchObject({ kind: 'info', entryId: 'zh-cn/help' });
  });

  it('links twins both ways, and only where the twin exists', () => {
    expect(at('/procedures/on-site-conduct/')!.twins).toEqual({ en: '/en/procedures/on-site-conduct/' });
    expect(at('/en/procedures/on-site-conduct/')!.twins).toEqual({ 'zh-cn': '/procedures/on-site-conduct/' });
    expect(at('/procedures/home-visit-preparation/')!.twins).toEqual({});
    expect(at('/calculator/')!.twins).toEqual({ en: '/en/calculator/' });
  });

  it('makes a kind index in a locale once the locale has an entry of that kind', () => {
    expect(at('/procedures/')).toMatchObject({ kind: 'kind-index', collection: 'procedures' });
    expect(at('/en/procedures/')).toMatchObject({ kind: 'kind-index', locale: 'en' });
    expect(at('/en/rights/')).toBeUndefined();
    expect(at('/tiers/')).toBeUndefined();
  });

  it('applies the English policy: home, tools and registers in both languages', () => {
    expect(singlePageExists('calculator', 'en')).toBe(true);
    expect(singlePageExists('sources', 'en')).toBe(true);
    expect(at('/en/sources/')).toMatchObject({ kind: 'sources', locale: 'en', twins: { 'zh-cn': '/sources/' } });
    expect(at('/sources/')).toMatchObject({ twins: { en: '/en/sources/' } });
    expect(at('/en/')).toMatchObject({ kind: 'home', locale: 'en' });
  });

  it('lists each path once, and refuses two pages on one path', () => {
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    expect(() => buildRoutes([{ collection: 'info', id: 'zh-cn/search' }])).toThrow(/two pages want the path \/search\//);
  });
});

describe('switchTarget', () => {
  it('goes to the twin, or to the other home and says there is no twin', () => {
    expect(switchTarget(at('/procedures/on-site-conduct/')!, 'en')).toEqual({ path: '/en/procedures/on-site-conduct/', twin: true });
    expect(switchTarget(at('/rights/no-contact-at-night/')!, 'en')).toEqual({ path: '/en/', twin: false });
  });
});

describe('localeOfPath', () => {
  it.each([['/', 'zh-cn'], ['/procedures/x/', 'zh-cn'], ['/en/', 'en'], ['/en/calculator/', 'en'], ['/english/', 'zh-cn']])('%s is %s', (path, locale) => {
    expect(localeOfPath(path)).toBe(locale);
  });
});

describe('the English policy for entries', () => {
  it('every entry exists in both languages: each Chinese file has its English twin and no English file is alone', async () => {
    const { loadCorpus, pageCollections } = await import('./helpers/corpus');
    const { mayBeChineseOnly } = await import('../../src/lib/routes');
    const corpus = loadCorpus();
    const problems: string[] = [];
    for (const kind of [...pageCollections, 'archive', 'modules', 'quizzes', 'drills'] as const) {
      const ids = new Set((corpus[kind] ?? []).map((e) => e.id));
      expect(ids.size, `${kind} has entries`).toBeGreaterThan(0);
      for (const id of ids) {
        const [locale, slug] = [id.split('/')[0], id.split('/').slice(1).join('/')];
        if (locale === 'en' && !ids.has(`zh-cn/${slug}`)) problems.push(`${kind}/${id}: English without its Chinese page`);
        if (locale === 'zh-cn' && !ids.has(`en/${slug}`) && !mayBeChineseOnly(kind)) problems.push(`${kind}/${id}: no English twin`);
      }
    }
    expect(problems).toEqual([]);
  });
});
