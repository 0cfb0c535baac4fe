/**
 * The schema every dictionary is checked against when the site builds
 * (src/middleware.ts): the Chinese table complete and non-empty, the English table
 * holding only known keys, each non-empty and with the same placeholders.
 */
import { z } from 'astro/zod';
import { zhCn } from './dictionaries/zh-cn';
import { placeholdersOf } from './format';
import type { UiKey } from './keys';

const keys = Object.keys(zhCn) as UiKey[];
const text = z.string().trim().min(1, 'empty text');

export const fullDictionary = z.strictObject(Object.fromEntries(keys.map((key) => [key, text])) as Record<UiKey, typeof text>);

export const partialDictionary = fullDictionary.partial().superRefine((table, ctx) => {
  for (const [key, value] of Object.entries(table) as [UiKey, string][]) {
    const want = placeholdersOf(zhCn[key]).join(',');
    const got = placeholdersOf(value).join(',');
    if (want !== got) ctx.addIssue({ code: 'custom', path: [key], message: `placeholders {${got}} differ from the Chinese {${want}}` });
  }
});

/** Throws with every bad key listed; called once per build. */
export function checkDictionaries(tables: Record<string, Partial<Record<UiKey, string>>>): void {
  const problems: string[] = [];
  for (const [locale, table] of Object.entries(tables)) {
    const result = (locale === 'zh-cn' ? fullDictionary : partialDictionary).safeParse(table);
    if (!result.success) problems.push(...result.error.issues.map((i) => `${locale}: ${i.path.join('.') || '(table)'}: ${i.message}`));
  }
  if (problems.length) throw new Error(`UI dictionaries are invalid:\n  - ${problems.join('\n  - ')}`);
}

/**
 * The same checks for the nested tables (the calculator's words, the validation
 * messages): a schema built from the Chinese table's shape, so every other locale
 * has every key, no empty text, and the same placeholders at each place. Plural
 * forms other than `other` belong to one language and are left free.
 */
const ownForms = new Set(['zero', 'one', 'two', 'few', 'many']);

function shapeSchema(reference: unknown, path: string): z.ZodType {
  if (typeof reference === 'string') {
    const want = placeholdersOf(reference).join(',');
    return text.refine((value) => placeholdersOf(value).join(',') === want, { message: `placeholders differ from the Chinese {${want}} at ${path}` });
  }
  if (Array.isArray(reference)) return z.array(reference.length ? shapeSchema(reference[0], `${path}[]`) : z.unknown());
  if (reference && typeof reference === 'object') {
    const shape = Object.fromEntries(Object.entries(reference).filter(([k]) => !ownForms.has(k)).map(([k, v]) => [k, shapeSchema(v, `${path}.${k}`)]));
    const optional = Object.fromEntries([...ownForms].map((k) => [k, text.optional()]));
    return z.object({ ...optional, ...shape });
  }
  return z.unknown();
}

export function checkNestedTables(name: string, tables: Record<string, unknown>, reference = 'zh-cn'): void {
  const schema = shapeSchema(tables[reference], name);
  const problems: string[] = [];
  for (const [locale, table] of Object.entries(tables)) {
    const result = schema.safeParse(table);
    if (!result.success) problems.push(...result.error.issues.map((i) => `${name} ${locale}: ${i.path.join('.')}: ${i.message}`));
  }
  if (problems.length) throw new Error(`UI dictionaries are invalid:\n  - ${problems.join('\n  - ')}`);
}
