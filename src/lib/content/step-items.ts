/**
 * What <Steps> renders: the current steps, each with its citation and short link,
 * and a tombstone for each retired code, in code order so a retired step keeps
 * its place. Pure, built by the procedure page from the entry.
 */
import { compareVersions, shortLinkPath } from '../routes';
import { defaultLocale, type Locale } from '../i18n/locales';
import { compareCodes } from './versions';

export interface LiveStep {
  code: string; title: string; action: string; record?: string | undefined;
  sources: { id: string }[]; articles?: string | undefined; internal?: boolean | undefined;
  /** Present on the current page: the citation text and the absolute short link. */
  cite?: { text: string; shortUrl: string } | undefined;
}
export interface Tombstone {
  code: string;
  retired: { version: string; date: string; note: string; previous?: string | undefined; oldUrl?: string | undefined };
}
export type StepItem = LiveStep | Tombstone;

interface ProcedureData {
  code: string; title: string; version: string; effective: string;
  steps: LiveStep[];
  retired: { code: string; version: string; note: string }[];
  changes: { version: string; date: string }[];
}

/**
 * @param pageUrl  the procedure's path, e.g. /procedures/on-site-conduct/
 * @param absolute turns a path into a full URL on the configured origin
 * @param cite     the step citation text, from the page's words
 * @param archived versions with a stored copy (for the tombstone's link to the version that still had the step)
 */
export function stepItems(p: ProcedureData, pageUrl: string, absolute: (path: string) => string,
  cite: (step: LiveStep) => string, archived: readonly string[], locale: Locale = defaultLocale): StepItem[] {
  const live: StepItem[] = p.steps.map((s) => ({ ...s, cite: { text: cite(s), shortUrl: absolute(shortLinkPath(s.code, locale)) } }));
  const versions = [...archived].sort(compareVersions);
  const gone: StepItem[] = p.retired.map((r) => {
    const previous = versions.filter((v) => compareVersions(v, r.version) < 0).pop();
    return {
      code: r.code,
      retired: {
        version: r.version,
        date: p.changes.find((c) => c.version === r.version)?.date ?? '',
        note: r.note,
        previous,
        oldUrl: previous ? `${pageUrl}v/${previous}/#${r.code}` : undefined,
      },
    };
  });
  return [...live, ...gone].sort((a, b) => compareCodes(a.code, b.code));
}
