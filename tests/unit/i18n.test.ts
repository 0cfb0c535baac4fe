/**
 * The one string system: every key present and non-empty in every locale (or
 * listed as pending, and then shown in Chinese on purpose), placeholders the same
 * in every locale, plural forms through Intl.PluralRules, one filler that refuses
 * a missing value, and the browser's search strings taken from the same tables.
 */
import { describe, expect, it } from 'vitest';
import { zhCn } from '../../src/lib/i18n/dictionaries/zh-cn';
import { dictionaries, pending, createTranslator, lookup, t, type UiKey } from '../../src/lib/i18n/ui';
import { format, placeholdersOf } from '../../src/lib/i18n/format';
import { checkDictionaries } from '../../src/lib/i18n/schema';
import { locales } from '../../src/lib/i18n/locales';
import { searchScriptStrings, countText } from '../../src/lib/search/strings';

const keys = Object.keys(zhCn) as UiKey[];

describe('dictionaries', () => {
  it.each(locales)('%s has every key, non-empty, or lists it as pending', (locale) => {
    const table = dictionaries[locale];
    const missing = keys.filter((key) => !(key in table) && !pending[locale].includes(key));
    const empty = keys.filter((key) => key in table && !table[key]!.trim());
    expect({ missing, empty }).toEqual({ missing: [], empty: [] });
  });

  it.each(locales)('%s uses the same placeholders as Chinese', (locale) => {
    const table = dictionaries[locale];
    const differ = keys.filter((key) => key in table && placeholdersOf(table[key]!).join() !== placeholdersOf(zhCn[key]).join());
    expect(differ).toEqual([]);
  });

  it('passes the build-time schema, which rejects a bad table naming the key', () => {
    expect(() => checkDictionaries(dictionaries)).not.toThrow();
    expect(() => checkDictionaries({ ...dictionaries, en: { ...dictionaries.en, 'search.count.other': '{n} results' } }))
      .toThrow(/en: search\.count\.other: placeholders \{n\} differ/);
    expect(() => checkDictionaries({ ...dictionaries, en: { ...dictionaries.en, 'site.name': ' ' } })).toThrow(/en: site\.name: empty text/);
    expect(() => checkDictionaries({ ...dictionaries, en: { ...dictionaries.en, 'no.such.key': 'x' } as never })).toThrow(/no\.such\.key/);
  });

  it('falls back to Chinese only for a key listed as pending, and says so otherwise', () => {
    const saved = dictionaries.en['toc.title'];
    delete dictionaries.en['toc.title'];
    try {
      expect(() => lookup('en', 'toc.title')).toThrow(/no en text for "toc.title"/);
      (pending.en as UiKey[]).push('toc.title');
      expect(lookup('en', 'toc.title')).toBe(zhCn['toc.title']);
    } finally {
      (pending.en as UiKey[]).splice(pending.en.indexOf('toc.title'), 1);
      if (saved !== undefined) dictionaries.en['toc.title'] = saved;
    }
  });
});

describe('format', () => {
  it('fills every placeholder and refuses a missing one, naming it', () => {
    expect(format('找到 {count} 条结果', { count: 3 })).toBe('找到 3 条结果');
    expect(() => format('找到 {count} 条结果', {})).toThrow(/\{count\}/);
  });
});

describe('plurals and lists', () => {
  it('chooses the English plural form by Intl.PluralRules; Chinese has one form', () => {
    const en = createTranslator('en');
    expect(en.plural('search.count', 1)).toBe('1 result');
    expect(en.plural('search.count', 3)).toBe('3 results');
    expect(createTranslator('zh-cn').plural('search.count', 1)).toBe('找到 1 条结果');
  });

  it('joins lists the locale’s way', () => {
    expect(createTranslator('zh-cn').list(['甲', '乙'])).toBe('甲、乙');
    expect(createTranslator('en').list(['A', 'B'])).toBe('A, B');
  });
});

describe('search script strings', () => {
  it('come from the dictionaries, with plural forms the browser can choose from', () => {
    const en = searchScriptStrings(createTranslator('en'));
    expect(en.kinds.procedures).toBe(t('en', 'kind.procedures'));
    expect(countText(en, 1, 'en')).toBe('1 result');
    expect(countText(en, 7, 'en')).toBe('7 results');
    const zh = searchScriptStrings(createTranslator('zh-cn'));
    expect(countText(zh, 1, 'zh-CN')).toBe('找到 1 条结果');
    expect(zh.zeroTitle).toContain('{query}');
  });
});

describe('nested tables (calculator, validation messages)', () => {
  it('pass the build-time check, which names a missing key, an empty text or a changed placeholder', async () => {
    const { checkNestedTables } = await import('../../src/lib/i18n/schema');
    const { calculatorStrings } = await import('../../src/lib/i18n/calculator');
    const { validationMessages } = await import('../../src/lib/repayment/messages');
    expect(() => checkNestedTables('calculator', calculatorStrings)).not.toThrow();
    expect(() => checkNestedTables('validation', validationMessages)).not.toThrow();
    const en = structuredClone(calculatorStrings.en) as unknown as { chart: { description: string; title?: string } };
    en.chart.description = 'no placeholders here';
    delete en.chart.title;
    expect(() => checkNestedTables('calculator', { ...calculatorStrings, en })).toThrow(/calculator en: chart\.title: [\s\S]*calculator en: chart\.description: placeholders differ/);
  });
});
