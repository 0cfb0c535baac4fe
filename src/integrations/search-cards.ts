/**
 * Writes the answer cards (src/lib/search/cards.ts) after Pagefind has written its
 * index: one card per Pagefind record, keyed by Pagefind's page id, holding what the
 * record says it is about (title, short name, summary, the questions it answers,
 * its steps). One gzipped JSON file per language, stored by column (card-file.ts) and
 * gzipped with Zopfli (smaller-gzip.ts), <outDir>/pagefind/cards-<lang>.pf_cards,
 * fetched by the search script and unpacked with DecompressionStream: the bytes on
 * the wire are the gzip, as with Pagefind's own files, whatever the server does.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Card, CardFile } from '../lib/search/cards';
import { packCards } from '../lib/search/card-file';
import { smallerGzip } from './smaller-gzip';

/** What Pagefind's fragment holds that a card needs. */
interface Fragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: { id?: string; text?: string }[];
}

/** Pagefind's files are gzip of a 12-byte signature and the JSON. */
const fragmentOf = (bytes: Buffer): Fragment => JSON.parse(gunzipSync(bytes).subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;

const decode = (text: string) => text
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** Visible text of an HTML piece: hidden elements, ignored elements and tags dropped. */
const textOf = (html: string) => decode(html
  .replace(/<(\w+)\b[^>]*\b(?:hidden|data-pagefind-ignore)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
  .replace(/<[^>]+>/g, ' '))
  .replace(/\s+/g, ' ').trim();

const attr = (html: string, pattern: RegExp) => decode(pattern.exec(html)?.[1] ?? '').trim();
const stepCode = /^[A-Z]{2,4}-\d{2}\.\d{1,2}$/;
/** The questions a page or entry answers (components/Asked.astro). */
const askedPattern = /<p hidden[^>]*data-asked[^>]*>([^<]*)<\/p>/;
/**
 * A card's summary is cut to this many characters (an ellipsis marks the cut): enough
 * to say what the record is and to show under its title in the header's results,
 * little enough for the card file to fit a first query's 200 KB. Chinese says in 60
 * characters what English says in about 160. On the tuning half, cards alone ranked
 * the same with Chinese summaries cut at 60, 80 or whole.
 */
export const summaryChars = { zh: 60, en: 160 } as const;
const cut = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('').trimEnd()}…` : text);

/** One card from a Pagefind record and the built HTML it came from. */
export function cardOf(id: string, fragment: Fragment, html: string, lang: 'zh' | 'en'): Card {
  const [, hash] = fragment.url.split('#');
  const meta = fragment.meta;
  let summary: string;
  let asked: string;
  if (hash) {
    // A list entry (glossary term, source): its own section of the list page, and its own questions.
    const section = new RegExp(`<section\\b[^>]*\\bdata-search-entry="${hash}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
    summary = textOf(section.replace(/<h[1-6]\b[\s\S]*?<\/h[1-6]>/, ' '));
    asked = attr(section, askedPattern);
  } else {
    summary = attr(html, /<meta name="description" content="([^"]*)"/);
    asked = attr(html, askedPattern);
  }
  const steps = (fragment.anchors ?? [])
    .filter((a) => a.id && stepCode.test(a.id))
    .map((a): [string, string] => [a.id!, (a.text ?? '').replace(a.id!, '').trim()]);
  return {
    id, url: fragment.url, title: meta.title ?? fragment.url, kind: meta.kind, code: meta.code, short: meta.short, aka: meta.aka,
    summary: cut(summary, summaryChars[lang]), asked, steps, filters: fragment.filters ?? {},
  };
}

/** Pagefind's language key of a fragment file name (zh-cn_1a2b3c.pf_fragment → zh-cn). */
const langOfFile = (id: string) => id.slice(0, id.lastIndexOf('_'));
const siteLang = (pagefindLang: string): 'zh' | 'en' => (pagefindLang.startsWith('zh') ? 'zh' : 'en');

/** Reads <site>/pagefind/fragment/ and writes one card file per language; returns the card counts. */
export async function writeCards(site: string): Promise<Record<string, number>> {
  const dir = join(site, 'pagefind', 'fragment');
  const byLang = new Map<string, Card[]>();
  const pages = new Map<string, string>();
  const htmlOf = async (url: string) => {
    const path = join(site, decodeURI(url.split('#')[0]!), 'index.html');
    if (!pages.has(path)) pages.set(path, await readFile(path, 'utf8').catch(() => ''));
    return pages.get(path)!;
  };
  for (const name of (await readdir(dir)).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const id = name.replace(/\.pf_fragment$/, '');
    const fragment = fragmentOf(await readFile(join(dir, name)));
    const lang = langOfFile(id);
    const cards = byLang.get(lang) ?? [];
    cards.push(cardOf(id, fragment, await htmlOf(fragment.url), siteLang(lang)));
    byLang.set(lang, cards);
  }
  const counts: Record<string, number> = {};
  for (const [lang, cards] of byLang) {
    const file: CardFile = { lang: siteLang(lang), cards: cards.sort((a, b) => a.url.localeCompare(b.url)) };
    await writeFile(join(site, 'pagefind', `cards-${lang}.pf_cards`), await smallerGzip(Buffer.from(JSON.stringify(packCards(file)))));
    counts[lang] = cards.length;
  }
  return counts;
}
