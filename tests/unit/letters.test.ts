/**
 * Letters as forms: the one template made into the printable letter with blanks and the
 * filled one, each field's checks, the draft record, the build's placeholder check, the
 * schema, and the real letters (every template renders, the complaint takes the
 * self-check's hand-over).
 */
import { describe, expect, it } from 'vitest';
import { fillLetter, letterFile, letterFileName, letterHeading, letterText, blanksLeft, placeholdersIn, blankOf } from '../../src/lib/letters/template';
import { acceptValues, cleanValue, fieldProblem, hasLine, isCalendarDay, letterProblems, longDate, shownValue, toggleLine } from '../../src/lib/letters/fields';
import { DRAFTS_SCHEMA, parseDrafts, withDraft, withoutDraft, emptyDrafts } from '../../src/lib/letters/drafts';
import { findLetterProblems, letterTag } from '../../src/lib/content/letter-integrity';
import { findIntegrityProblems } from '../../src/lib/content/integrity';
import { letterFieldSchema, letterSchema } from '../../src/schemas/pages';
import { letterStrings } from '../../src/lib/i18n/letter';
import { checkNestedTables } from '../../src/lib/i18n/schema';
import type { LetterField } from '../../src/lib/letters/types';
import { loadCorpus, ref } from './helpers/corpus';

const zh = letterStrings['zh-cn'];
const field = (f: Partial<LetterField> & Pick<LetterField, 'name'>): LetterField => ({ label: f.name, type: 'text', required: false, ...f });
const fields: LetterField[] = [
  field({ name: 'lender', label: '贷款机构名称', required: true }),
  field({ name: 'name', label: '姓名', required: true, blank: '［姓名］' }),
  field({ name: 'account4', label: '卡号后四位', type: 'last4' }),
  field({ name: 'date', label: '日期', type: 'date' }),
  field({ name: 'debt', label: '态度', type: 'choice', options: ['不持异议。', '另函提出异议。'], blank: '［不持异议／另函提出异议］' }),
  field({ name: 'rules', label: '规定', type: 'textarea', omitIfEmpty: true, blank: '［可以不写］' }),
];
const template = '投诉\n\n致：{lender}\n\n投诉人：{name}\n卡号后四位：{account4}\n对欠款：{debt}\n\n上述行为不符合以下规定：\n{rules}\n\n投诉人：{name}\n日期：{date}\n';
const render = (values: Record<string, string>, mode: 'blank' | 'filled' = 'filled', lang = 'zh-CN') =>
  letterText(fillLetter(template, fields, values, { mode, lang, blanks: zh.blanks }));

describe('the template', () => {
  it('names its placeholders once each, in order', () => {
    expect(placeholdersIn(template)).toEqual(['lender', 'name', 'account4', 'debt', 'rules', 'date']);
  });

  it('makes the printable letter: every field its blank, an omitIfEmpty paragraph kept', () => {
    expect(render({}, 'blank')).toBe('投诉\n\n致：［贷款机构名称］\n\n投诉人：［姓名］\n卡号后四位：［　　　　］\n对欠款：［不持异议／另函提出异议］\n\n上述行为不符合以下规定：\n［可以不写］\n\n投诉人：［姓名］\n日期：［　　年　　月　　日］');
  });

  it('ignores what was typed when asked for blanks', () => {
    expect(render({ name: '张三' }, 'blank')).toContain('投诉人：［姓名］');
  });

  it('fills what was typed, everywhere the placeholder stands, and writes dates out', () => {
    const text = render({ lender: '甲银行', name: '张三', account4: '０１２３', date: '2026-11-05', debt: '不持异议。', rules: '22:00以后来电。\n向邻居透露欠款。' });
    expect(text).toBe('投诉\n\n致：甲银行\n\n投诉人：张三\n卡号后四位：0123\n对欠款：不持异议。\n\n上述行为不符合以下规定：\n22:00以后来电。\n向邻居透露欠款。\n\n投诉人：张三\n日期：2026年11月5日');
    expect(render({ date: '2026-11-05' }, 'filled', 'en')).toContain('日期：5 November 2026');
  });

  it('leaves out the paragraph of an empty omitIfEmpty field, and keeps blanks for other empty fields', () => {
    const text = render({ lender: '甲银行' });
    expect(text).not.toContain('上述行为');
    expect(text).toContain('投诉人：［姓名］');
    expect(text).not.toMatch(/\n{3}/);
  });

  it('never writes a wrong or empty value: the blank shows instead, never NaN, undefined or nothing', () => {
    const text = render({ account4: '12a4', date: '2026-02-30', debt: '随便写的', name: '   ' });
    expect(text).toContain('卡号后四位：［　　　　］');
    expect(text).toContain('日期：［　　年　　月　　日］');
    expect(text).toContain('对欠款：［不持异议／另函提出异议］');
    expect(text).toContain('投诉人：［姓名］');
    expect(text).not.toMatch(/NaN|undefined|\{|：\n/);
  });

  it('marks blanks as runs of their field, and counts them', () => {
    const segments = fillLetter(template, fields, { lender: '甲银行' }, { mode: 'filled', lang: 'zh-CN', blanks: zh.blanks });
    expect(segments.find((s) => s.field === 'lender')).toEqual({ text: '甲银行', field: 'lender' });
    expect(segments.filter((s) => s.blank).map((s) => s.field)).toEqual(['name', 'account4', 'debt', 'name', 'date']);
    expect(blanksLeft(segments)).toBe(5);
  });

  it('throws, naming it, on a placeholder without a field (the build check stops this first)', () => {
    expect(() => fillLetter('致：{lendr}', fields, {}, { mode: 'blank', lang: 'zh-CN', blanks: zh.blanks })).toThrow(/\{lendr\}/);
  });

  it('gives each type its default blank in each language', () => {
    expect(blankOf(field({ name: 'x', label: '通信地址' }), zh.blanks)).toBe('［通信地址］');
    expect(blankOf(field({ name: 'x', type: 'phone' }), zh.blanks)).toBe('［　　　　　　］');
    expect(blankOf(field({ name: 'x', label: 'Address' }), letterStrings.en.blanks)).toBe('[Address]');
  });
});

describe('the file and the heading', () => {
  it('is UTF-8 text with a BOM and CRLF line ends, ending with one', () => {
    expect(letterFile('甲\n乙\r\n丙')).toBe('\uFEFF甲\r\n乙\r\n丙\r\n');
  });

  it('is named after the letter, the lender and the day, with no character a file system refuses', () => {
    expect(letterHeading(template)).toBe('投诉');
    expect(letterFileName('关于催收行为的投诉', ['甲银行/信用卡中心'], '2026-11-29')).toBe('关于催收行为的投诉-甲银行 信用卡中心-2026-11-29.txt');
    expect(letterFileName('投诉', ['', 'a:b*c?'], '2026-11-29')).toBe('投诉-a b c-2026-11-29.txt');
  });
});

describe('fields', () => {
  const last4 = field({ name: 'a', type: 'last4', required: true });
  const id4 = field({ name: 'b', type: 'last4', idNumber: true });
  const phone = field({ name: 'c', type: 'phone' });
  const date = field({ name: 'd', type: 'date' });

  it('take full-width digits from a Chinese keyboard', () => {
    expect(cleanValue(last4, ' １２ ３４ ')).toBe('1234');
    expect(cleanValue(phone, '１３８ ０000 0000')).toBe('138 0000 0000');
  });

  it('check the last four digits', () => {
    expect(fieldProblem(last4, '')).toBe('required');
    expect(fieldProblem(last4, '0123')).toBeUndefined();
    for (const bad of ['123', '12345', '12a4', '123X']) expect(fieldProblem(last4, bad), bad).toBe('last4');
    expect(fieldProblem(id4, '123x')).toBeUndefined();
    expect(fieldProblem(id4, 'X123')).toBe('idLast4');
    expect(fieldProblem(id4, '')).toBeUndefined();
  });

  it('check a phone number: digits, spaces, dashes, brackets, a leading +; 7 to 15 digits', () => {
    for (const good of ['13800000000', '010-6512 3456', '+86 138 0000 0000', '(0755) 8888 8888']) expect(fieldProblem(phone, good), good).toBeUndefined();
    for (const bad of ['123456', '1380000000012345', '138-ABC', '电话']) expect(fieldProblem(phone, bad), bad).toBe('phone');
  });

  it('check a date is a real day', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(fieldProblem(date, '2026-13-01')).toBe('date');
    expect(longDate('2026-11-05', 'zh-CN')).toBe('2026年11月5日');
    expect(longDate('2026-11-05', 'en')).toBe('5 November 2026');
  });

  it('check length', () => {
    expect(fieldProblem(field({ name: 'x' }), 'a'.repeat(201))).toBe('tooLong');
    expect(fieldProblem(field({ name: 'x', type: 'textarea' }), 'a'.repeat(4000))).toBeUndefined();
  });

  it('show only values the letter can use', () => {
    expect(shownValue(date, '2026-11-05', 'zh-CN')).toBe('2026年11月5日');
    expect(shownValue(date, 'x', 'zh-CN')).toBeUndefined();
    expect(shownValue(field({ name: 'c', type: 'choice', options: ['甲'] }), '乙', 'zh-CN')).toBeUndefined();
  });

  it('lists every problem by field', () => {
    expect(letterProblems(fields, { account4: '1', date: '2026-11-05' })).toEqual({ lender: 'required', name: 'required', account4: 'last4' });
  });

  it('accept a draft or a hand-over only for their own fields, strings, and choices still offered', () => {
    expect(acceptValues(fields, { lender: '甲银行', nope: 'x', name: 3, debt: '旧的选项', rules: '规定', date: '' })).toEqual({ lender: '甲银行', rules: '规定' });
  });

  it('add and remove a log line without touching the rest', () => {
    const a = '2026-11-20 22:40 电话：说再不还就上门';
    expect(toggleLine('', a, true)).toBe(a);
    expect(toggleLine('我自己写的\n\n', a, true)).toBe(`我自己写的\n${a}`);
    expect(toggleLine(`我自己写的\n${a}`, a, true)).toBe(`我自己写的\n${a}`);
    expect(toggleLine(`我自己写的\n${a}`, a, false)).toBe('我自己写的');
    expect(toggleLine(`${a}（改过）`, a, false)).toBe(`${a}（改过）`);
    expect(hasLine(`x\r\n${a}`, a)).toBe(true);
    expect(hasLine(`${a}（改过）`, a)).toBe(false);
  });
});

describe('drafts', () => {
  it('read a stored record, and say why they cannot', () => {
    const drafts = withDraft(emptyDrafts(), 'complaint', { name: '张三', lender: '' }, '2026-11-29T10:00');
    expect(drafts).toEqual({ schema: DRAFTS_SCHEMA, drafts: { complaint: { values: { name: '张三' }, saved: '2026-11-29T10:00' } } });
    expect(parseDrafts(JSON.stringify(drafts))).toEqual({ drafts, state: 'ok' });
    expect(parseDrafts(null).state).toBe('empty');
    expect(parseDrafts('{"schema":1,"drafts":').state).toBe('corrupt');
    expect(parseDrafts('{"schema":1,"drafts":{"x":{"values":{"a":3},"saved":""}}}').state).toBe('corrupt');
    expect(parseDrafts('[]').state).toBe('corrupt');
    expect(parseDrafts('{"schema":2,"drafts":{}}').state).toBe('newer');
  });

  it('keep one draft per letter, and drop a draft with nothing typed', () => {
    const two = withDraft(withDraft(emptyDrafts(), 'a', { x: '1' }, 't'), 'b', { y: '2' }, 't');
    expect(Object.keys(withoutDraft(two, 'a').drafts)).toEqual(['b']);
    expect(Object.keys(withDraft(two, 'a', { x: '' }).drafts)).toEqual(['b']);
  });
});

describe('the build check of a letter', () => {
  const letter = (data: Record<string, unknown>, body = `## 信件正文\n\n${letterTag}\n`) => ({
    letters: [{ id: 'zh-cn/complaint', filePath: 'content/letters/zh-cn/complaint.mdx', data: { fields: fields.map(({ name }) => ({ name })), template, ...data }, body }],
  });

  it('passes a letter whose placeholders and fields agree', () => {
    expect(findLetterProblems(letter({}))).toEqual([]);
  });

  it('names the file and the placeholder that names no field', () => {
    expect(findLetterProblems(letter({ template: `${template}\n{lendr}` }))).toEqual([
      'content/letters/zh-cn/complaint.mdx: field "template" uses {lendr}, which names none of its fields (lender, name, account4, date, debt, rules)',
    ]);
  });

  it('names the file and the field never used', () => {
    expect(findLetterProblems(letter({ template: template.replace('{account4}', '［　　　　］') }))).toEqual([
      'content/letters/zh-cn/complaint.mdx: field "fields[2]" (account4) is never used in the template: add {account4} to it or remove the field',
    ]);
  });

  it('asks the body to show the letter', () => {
    expect(findLetterProblems(letter({}, '```text\n致：\n```'))).toEqual([
      `content/letters/zh-cn/complaint.mdx: the body never shows the letter: put ${letterTag} where its text goes`,
    ]);
  });

  it('runs with the site-wide integrity check', () => {
    expect(findIntegrityProblems(letter({ template: '{nope}' })).some((p) => p.includes('{nope}'))).toBe(true);
  });
});

describe('the letter schema', () => {
  const issues = (value: unknown) => {
    const result = letterFieldSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts each type, with required false by default', () => {
    expect(letterFieldSchema.parse({ name: 'account4', label: '卡号后四位', type: 'last4' }).required).toBe(false);
  });
  it('refuses a bad name, a choice without options, options elsewhere, a required field left out when empty, an empty blank', () => {
    expect(issues({ name: 'Account-4', label: 'x', type: 'text' })).toEqual(['name: expected a lowerCamelCase name such as account4']);
    expect(issues({ name: 'a', label: 'x', type: 'choice' })).toEqual(['options: a choice needs its options']);
    expect(issues({ name: 'a', label: 'x', type: 'text', options: ['y'] })).toEqual(['options: options belong to a choice, not a text field']);
    expect(issues({ name: 'a', label: 'x', type: 'text', required: true, omitIfEmpty: true })).toEqual(['omitIfEmpty: a required field is never left out: drop omitIfEmpty or required']);
    expect(issues({ name: 'a', label: 'x', type: 'text', blank: '' })).toEqual(['blank: a blank must show something: leave it out for the default']);
  });
  it('refuses two fields of one name', () => {
    const base = { title: '投诉信', summary: '一封投诉信，测试用的。', audience: ['borrower'], lastReviewed: '2026-11-29', sendTo: '寄给贷款机构。', keep: ['回执'], rights: ['zh-cn/a'], sources: ['civil-code'], template: '测试信\n\n致：{name}，这是一封测试用的信。' };
    const result = letterSchema(ref).safeParse({ ...base, fields: [{ name: 'name', label: '姓名', type: 'text' }, { name: 'name', label: '名字', type: 'text' }] });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['fields.1.name: the name name is already used by another field']);
  });
});

describe('the words', () => {
  it('pass the build-time check in every language', () => {
    expect(() => checkNestedTables('letter', letterStrings)).not.toThrow();
  });
});

describe('the real letters', () => {
  const letters = loadCorpus().letters!;
  const asFields = (data: Record<string, unknown>) => data.fields as LetterField[];

  it.each(letters.map((l) => [l.filePath!, l] as const))('%s: printable with blanks, filled without a stray brace, no code block left', (_, l) => {
    const locale = l.id.split('/')[0] as 'zh-cn' | 'en';
    const blank = letterText(fillLetter(l.data.template as string, asFields(l.data), {}, { mode: 'blank', lang: locale === 'en' ? 'en' : 'zh-CN', blanks: letterStrings[locale].blanks }));
    expect(blank).not.toMatch(/[{}]|undefined|NaN/);
    expect(blank.split('\n')[0]).toBe(letterHeading(l.data.template as string));
    expect(l.body).toContain(letterTag);
    expect(l.body).not.toContain('```');
  });

  it('the complaint takes the self-check’s hand-over: incidents and rules are several-line fields, with lender, name and account4', () => {
    const complaint = letters.find((l) => l.id === 'zh-cn/complaint-about-collection-conduct')!;
    const byName = new Map(asFields(complaint.data).map((f) => [f.name, f]));
    expect(byName.get('rules')?.type).toBe('textarea');
    // An incidents field is a textarea that can also take lines from the incident log.
    expect(byName.get('incidents')?.type).toBe('incidents');
    expect(byName.get('lender')?.type).toBe('text');
    expect(byName.get('name')?.type).toBe('text');
    expect(byName.get('account4')?.type).toBe('last4');
  });
});

describe('an English letter: the Chinese text sent, an English gloss beside it', () => {
  const fields: LetterField[] = [
    { name: 'name', label: 'Your name', type: 'text', required: true, blank: '［姓名］' },
    { name: 'since', label: 'Overdue since', type: 'date', required: false },
    { name: 'card', label: 'This is a card debt', type: 'choice', required: false, options: ['（信用卡适用）本人申请个性化分期。'], optionLabels: ['(Cards) I ask for a personalised instalment agreement.'] },
  ];
  const en = letterStrings.en.blanks;
  it('writes the chosen Chinese option into the letter and its English label into the gloss', () => {
    const values = { name: 'Li Ming', since: '2026-10-15', card: '（信用卡适用）本人申请个性化分期。' };
    const letter = letterText(fillLetter('{name}\n\n{since}\n\n{card}', fields, values, { mode: 'filled', lang: 'zh-CN', blanks: letterStrings['zh-cn'].blanks }));
    const gloss = letterText(fillLetter('{name}\n\n{since}\n\n{card}', fields, values, { mode: 'filled', lang: 'en', blanks: en, gloss: true }));
    expect(letter).toBe('Li Ming\n\n2026年10月15日\n\n（信用卡适用）本人申请个性化分期。');
    expect(gloss).toBe('Li Ming\n\n15 October 2026\n\n(Cards) I ask for a personalised instalment agreement.');
  });
  it('shows English blanks in the gloss, never the Chinese ones', () => {
    const gloss = letterText(fillLetter('{name} {since}', fields, {}, { mode: 'blank', lang: 'en', blanks: en, gloss: true }));
    expect(gloss).not.toMatch(/［/);
    expect(gloss).toContain('Your name');
  });
  it('stops the build when an English letter has no gloss or a choice has no English labels', () => {
    const letter = { id: 'en/x', filePath: 'content/letters/en/x.mdx', body: letterTag, data: { template: '{name}', fields: [{ name: 'name' }, { name: 'card', options: ['甲'] }] } };
    const problems = findLetterProblems({ letters: [letter] }).join('\n');
    expect(problems).toMatch(/field "gloss" is missing/);
    expect(problems).toMatch(/fields\[1\]\.optionLabels" is missing/);
  });
});
