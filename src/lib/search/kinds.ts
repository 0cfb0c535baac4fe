/**
 * The kinds of page a query asks for by name: 「外访培训」 wants a training module,
 * 「投诉信模板」 a letter, "what does tingxi guazhang mean" the glossary. Among the first
 * results, pages of an asked-for kind go first (engine.ts), as a page whose title holds
 * the query does. The cue words are data (kind-cues.json), one test per entry.
 */
// Named imports: the file's $comment stays out of the page's script.
import { zh as zhCues, en as enCues } from './kind-cues.json';

const table = { zh: zhCues as Record<string, string[]>, en: enCues as Record<string, string[]> };

/** Whether the query holds a cue word. Chinese has no spaces: a cue counts anywhere. English cues are whole words or phrases ("case" is not in "showcase"). */
function holder(query: string, lang: 'zh' | 'en'): (cue: string) => boolean {
  const text = query.toLowerCase();
  return lang === 'zh'
    ? (cue: string) => text.includes(cue)
    : (cue: string) => new RegExp(`(^|[^a-z])${cue.replace(/[-]/g, '\\-')}($|[^a-z])`).test(text);
}

/**
 * The cue words the query holds, with their kinds, in the table's order (培训 and 测验
 * of 「弱势客户 培训 测验题」). A cue inside a longer one the query holds does not count:
 * 英文怎么说 asks for the glossary, not for the script its 怎么说 would.
 */
function cuesIn(query: string, lang: 'zh' | 'en'): { kind: string; cue: string }[] {
  const holds = holder(query, lang);
  const found = Object.entries(table[lang]).flatMap(([kind, words]) => words.filter(holds).map((cue) => ({ kind, cue })));
  return found.filter(({ cue }) => !found.some((other) => other.cue !== cue && other.cue.includes(cue)));
}

/** The kinds whose cue words the query holds, in the table's order. */
export function kindsAskedFor(query: string, lang: 'zh' | 'en'): string[] {
  return [...new Set(cuesIn(query, lang).map(({ kind }) => kind))];
}

/** The cue words the query holds. */
export function kindCuesIn(query: string, lang: 'zh' | 'en'): string[] {
  return cuesIn(query, lang).map(({ cue }) => cue);
}
