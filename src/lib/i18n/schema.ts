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
