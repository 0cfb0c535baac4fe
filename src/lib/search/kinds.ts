/**
 * The kinds of page a query asks for by name: 「外访培训」 wants a training module,
 * 「投诉信模板」 a letter, "what does tingxi guazhang mean" the glossary. Among the first
 * results, pages of an asked-for kind go first (engine.ts), as a page whose title holds
 * the query does. The cue words are data (kind-cues.json), one test per entry.
 */
import cues from './kind-cues.json';

const table = { zh: cues.zh as Record<string, string[]>, en: cues.en as Record<string, string[]> };

/** The kinds whose cue words the query holds, in the table's order. */
export function kindsAskedFor(query: string, lang: 'zh' | 'en'): string[] {
  const text = query.toLowerCase();
  // Chinese has no spaces: a cue counts anywhere. English cues are whole words or phrases ("case" is not in "showcase").
  const holds = lang === 'zh'
    ? (cue: string) => text.includes(cue)
    : (cue: string) => new RegExp(`(^|[^a-z])${cue.replace(/[-]/g, '\\-')}($|[^a-z])`).test(text);
  return Object.entries(table[lang]).filter(([, words]) => words.some(holds)).map(([kind]) => kind);
}
