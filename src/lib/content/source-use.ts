/**
 * What the site does with one source, in one language: the procedure steps whose basis
 * cites it (reliance), and every other page that links it (mentions). Shared by the
 * register (/sources/, which shows the counts and the first few) and each source's own
 * page (/sources/<id>/, which lists them all), so the register's size stays bounded
 * by the number of sources, not the corpus.
 */
import type { Locale } from '../i18n/locales';
import { entryUrl } from './kinds';
import { describe } from './labels';
import { getSite, pagesOf } from './site';

export interface SourceUse {
  steps: { code: string; title: string; href: string }[];
  pages: { href: string; title: string; code?: string | undefined }[];
}

const byLocale = new Map<Locale, Promise<(id: string) => SourceUse>>();

/**
 * Every source's use in `locale`, by source id; computed in one pass over the steps, once
 * per build and locale (the register and each of the sources' own pages all read it).
 */
export function sourceUses(locale: Locale): Promise<(id: string) => SourceUse> {
  let uses = byLocale.get(locale);
  if (!uses) byLocale.set(locale, (uses = computeUses(locale)));
  return uses;
}

async function computeUses(locale: Locale): Promise<(id: string) => SourceUse> {
  const site = await getSite();
  const reliance = new Map<string, { steps: SourceUse['steps']; procedures: Set<string> }>();
  for (const p of await pagesOf('procedures', locale)) {
    for (const step of p.data.steps) {
      for (const id of new Set(step.sources.map((r) => r.id))) {
        const entry = reliance.get(id) ?? { steps: [], procedures: new Set<string>() };
        entry.steps.push({ code: step.code, title: step.title, href: `${entryUrl('procedures', p.id)}#${step.code}` });
        entry.procedures.add(p.id);
        reliance.set(id, entry);
      }
    }
  }
  return (id) => ({
    steps: reliance.get(id)?.steps ?? [],
    // A procedure that relies on it through a step is listed there, not again as a mention.
    pages: site.linksTo({ collection: 'sources', id })
      .filter((k) => k.collection !== 'glossary' && !(k.collection === 'procedures' && reliance.get(id)?.procedures.has(k.id)))
      .map((k) => describe(k, locale, (key) => site.get(key), () => undefined, () => undefined))
      .filter((x) => x !== undefined)
      .map((x) => ({ href: x!.href, title: x!.title, code: x!.code })),
  });
}
