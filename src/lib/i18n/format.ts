/**
 * The one placeholder filler: "找到 {count} 条结果" + { count: 3 }. A placeholder
 * without a value is a programming error and throws, naming it, rather than
 * showing "{count}" to a reader. Used on the server and by the browser scripts.
 */
export function format(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** A template in each plural form a language has; `other` is always there (Chinese has only it). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form for a count, chosen by Intl.PluralRules, with {count} filled in. */
export function formatPlural(forms: PluralForms, count: number, lang: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return format(forms[new Intl.PluralRules(lang).select(count)] ?? forms.other, { count, ...vars });
}

/** The placeholders a template uses, for the completeness test. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
