/**
 * An English entry is the twin of the Chinese entry with the same slug: the same
 * codes, references, steps, sources and structure, in other words. This compares
 * the two and names every place where they part. Pure: takes plain entries.
 *
 * A twin may lag: its `version` may be an earlier one of the Chinese procedure
 * (the page then says so), but then it must match that version's archived copy,
 * which the caller passes as `zh`. Everything else must agree exactly.
 */
import { citedSourceIds, linkedEntries } from './body-refs';
import type { PlainEntry } from './integrity';

/** Keys whose values are the same in both languages (codes, ids, dates, flags, options that go into a Chinese letter). */
const sameInBoth = new Set([
  'code', 'version', 'effective', 'audience', 'internal', 'order', 'date', 'added', 'changed', 'removed', 'replacedBy',
  'sources', 'id', 'kind', 'basis', 'next', 'start', 'correct', 'breaks', 'reading', 'name', 'type', 'required',
  'idNumber', 'omitIfEmpty', 'autocomplete', 'template', 'options', 'blank', 'channel', 'outcome', 'strength', 'bucket',
  'daysFrom', 'daysTo', 'featured', 'fictional', 'minutes',
]);

/** What only the English has: an English letter glosses its Chinese text and labels its Chinese options. */
const englishOnly = new Set(['gloss', 'optionLabels']);

/** Written in each language for its own readers, so not paired item by item: only both present, and the English in English. */
const ownWords = new Set(['asked']);

const isRefId = (s: string) => /^(zh-cn|en)\//.test(s);
const swap = (s: string) => s.replace(/^zh-cn\//, 'en/');
const hasLatin = (s: string) => /[A-Za-z]{2}/.test(s);

function compare(zh: unknown, en: unknown, path: string, key: string, out: string[]): void {
  const where = path || '(frontmatter)';
  if (ownWords.has(key) && Array.isArray(zh) && Array.isArray(en)) {
    en.forEach((item, i) => { if (typeof item === 'string' && !hasLatin(item)) out.push(`${path}[${i}]: not in English ("${item.slice(0, 30)}")`); });
    return;
  }
  if (Array.isArray(zh)) {
    if (!Array.isArray(en)) { out.push(`${where}: a list in Chinese, not in English`); return; }
    if (zh.length !== en.length) { out.push(`${where}: ${zh.length} items in Chinese, ${en.length} in English`); return; }
    zh.forEach((item, i) => compare(item, en[i], `${path}[${i}]`, key, out));
    return;
  }
  if (zh instanceof Date || en instanceof Date) {
    if (String(zh instanceof Date ? zh.toISOString() : zh) !== String(en instanceof Date ? en.toISOString() : en)) out.push(`${where}: ${String(zh)} in Chinese, ${String(en)} in English`);
    return;
  }
  if (zh && typeof zh === 'object') {
    if (!en || typeof en !== 'object') { out.push(`${where}: an object in Chinese, not in English`); return; }
    const zk = Object.keys(zh).sort().join(',');
    const ek = Object.keys(en).filter((k) => !englishOnly.has(k)).sort().join(',');
    if (zk !== ek) out.push(`${where}: fields ${zk} in Chinese, ${ek} in English`);
    for (const [k, v] of Object.entries(zh)) if (k in en) compare(v, (en as Record<string, unknown>)[k], path ? `${path}.${k}` : k, k, out);
    return;
  }
  if (typeof zh === 'string' && typeof en === 'string') {
    if (isRefId(zh)) { if (swap(zh) !== en) out.push(`${where}: should refer to ${swap(zh)}, found ${en}`); return; }
    if (sameInBoth.has(key)) { if (zh !== en) out.push(`${where}: "${zh}" in Chinese, "${en}" in English (must be the same)`); return; }
    if (!hasLatin(en) && /[\u4e00-\u9fff]/.test(en)) out.push(`${where}: not translated ("${en.slice(0, 30)}")`);
    return;
  }
  if (zh !== en && !(typeof zh === 'string' || typeof en === 'string')) out.push(`${where}: ${String(zh)} in Chinese, ${String(en)} in English`);
  else if (typeof zh !== typeof en) out.push(`${where}: ${typeof zh} in Chinese, ${typeof en} in English`);
}

const h2Count = (body = '') => body.split('\n').filter((l) => /^## /.test(l)).length;

/** Problems with an English twin, each naming its file and field. `lastReviewed` may be earlier in English (shown as lagging). */
export function twinProblems(zh: PlainEntry, en: PlainEntry): string[] {
  const file = en.filePath ?? en.id;
  const out: string[] = [];
  const { lastReviewed: zhReviewed, ...zhData } = zh.data;
  const { lastReviewed: enReviewed, ...enData } = en.data;
  compare(zhData, enData, '', '', out);
  if (zhReviewed && enReviewed && String(enReviewed) > String(zhReviewed)) out.push(`lastReviewed: later in English (${String(enReviewed)}) than in Chinese (${String(zhReviewed)})`);
  const zhCites = citedSourceIds(zh.body ?? '').sort().join(', ');
  const enCites = citedSourceIds(en.body ?? '').sort().join(', ');
  if (zhCites !== enCites) out.push(`body: cites [${enCites}], the Chinese cites [${zhCites}]`);
  const zhLinks = linkedEntries(zh.body ?? '').map((l) => `${l.collection}/${swap(l.id)}`).sort().join(', ');
  const enLinks = linkedEntries(en.body ?? '').map((l) => `${l.collection}/${l.id}`).sort().join(', ');
  if (zhLinks !== enLinks) out.push(`body: links to [${enLinks}], the Chinese to [${zhLinks}]`);
  for (const m of (en.body ?? '').matchAll(/\]\((\/(?!en\/|p\/)[^)\s]*)\)|href="(\/(?!en\/|p\/)[^"]*)"/g)) {
    out.push(`body: the link ${m[1] ?? m[2]} leads to a Chinese page (add /en)`);
  }
  if (h2Count(zh.body) !== h2Count(en.body)) out.push(`body: ${h2Count(en.body)} sections (##), the Chinese has ${h2Count(zh.body)}`);
  return out.map((p) => `${file}: ${p}`);
}

const localeOf = (id: string) => id.split('/')[0];
const twinId = (id: string) => id.replace(/^en\//, 'zh-cn/');

/**
 * Every English entry against its Chinese twin. A procedure whose English lags at
 * an earlier version is compared with the Chinese archive of that version.
 * Collections without locales (sources, glossary, checks) have no twins.
 */
export function findTwinProblems(corpus: Record<string, PlainEntry[]>): string[] {
  const problems: string[] = [];
  for (const [collection, entries] of Object.entries(corpus)) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const en of entries) {
      if (localeOf(en.id) !== 'en') continue;
      let zh = byId.get(twinId(en.id));
      if (!zh) { problems.push(`${en.filePath ?? en.id}: an English entry without its Chinese twin ${twinId(en.id)}`); continue; }
      const enVersion = en.data.version;
      if (collection === 'procedures' && typeof enVersion === 'string' && enVersion !== zh.data.version) {
        const archived = corpus.archive?.find((a) => a.id === `${zh!.id}/${enVersion}`);
        if (!archived) { problems.push(`${en.filePath ?? en.id}: version ${enVersion} is not a published version of ${zh.id}`); continue; }
        zh = archived;
      }
      problems.push(...twinProblems(zh, en));
    }
  }
  return problems;
}

/** How a translation stands against its original: current, or behind by version or by review date. */
export type TwinLag = { behind: 'version'; version: string; current: string } | { behind: 'review'; reviewed: string; current: string } | undefined;

export function twinLag(original: { version?: string | undefined; lastReviewed: string }, translation: { version?: string | undefined; lastReviewed: string }): TwinLag {
  if (original.version && translation.version && original.version !== translation.version) {
    return { behind: 'version', version: translation.version, current: original.version };
  }
  if (original.lastReviewed > translation.lastReviewed) return { behind: 'review', reviewed: translation.lastReviewed, current: original.lastReviewed };
  return undefined;
}
