/** Title and URL of any entry key, for related-links lists. */
import type { EntryKey } from './site';
import { entryUrl, isPageKind, sourceUrl, termUrl, type PageKind } from './kinds';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';

export interface LinkedEntry { kind: PageKind | 'sources' | 'glossary'; title: string; href: string; code?: string | undefined }

type Lookup = (key: EntryKey) => { data: Record<string, unknown> } | undefined;

export function describe(key: EntryKey, locale: Locale, lookup: Lookup, sourceTitle: (id: string) => string | undefined, termTitle: (id: string) => string | undefined): LinkedEntry | undefined {
  if (key.collection === 'sources') {
    const title = sourceTitle(key.id);
    return title ? { kind: 'sources', title, href: sourceUrl(locale, key.id) } : undefined;
  }
  if (key.collection === 'glossary') {
    const title = termTitle(key.id);
    return title ? { kind: 'glossary', title, href: termUrl(locale, key.id) } : undefined;
  }
  if (!isPageKind(key.collection)) return undefined;
  const entry = lookup(key);
  if (!entry) return undefined;
  const code = typeof entry.data.code === 'string' ? entry.data.code : undefined;
  return { kind: key.collection, title: String(entry.data.title), href: entryUrl(key.collection, key.id), code };
}

/** "2026-11-23" → "2026年11月23日" for prose; data tables keep the ISO form. */
export function proseDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  if (locale === 'en') return iso;
  return [y && `${y}年`, m && `${Number(m)}月`, d && `${Number(d)}日`].filter(Boolean).join('');
}

/** A tier's bucket as readers see it: M0 … M3+ as is, the late stage in words. */
export const bucketLabel = (bucket: string, locale: Locale): string => (bucket === 'LEGAL' ? t(locale, 'bucket.LEGAL') : bucket);

/** A tier's days-past-due band in words: "1–30 天", "超过 90 天", or the due date itself for M0. */
export function daysLabel(locale: Locale, from: number, to?: number): string {
  if (from === 0 && to === 0) return t(locale, 'days.zero');
  return to === undefined ? t(locale, 'days.open', { from: from - 1 }) : t(locale, 'days.range', { from, to });
}
