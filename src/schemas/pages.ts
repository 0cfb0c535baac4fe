import { z } from 'astro/zod';
import { pageFields, procedureCode, stepCode, isoDate, type RefFactory } from './common';
import { autocompleteTokens, letterFieldTypes, type LetterField } from '../lib/letters/types';

/** An overdue tier: a days-past-due band (M0 … M3+, and the late stage). */
export const tierSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  /** Bucket label, industry convention: M0, M1, M2, M3, M3+, or LEGAL for the late stage. */
  bucket: z.string().regex(/^(M[0-3]\+?|LEGAL)$/, 'expected M0, M1, M2, M3, M3+ or LEGAL'),
  /** Sort order on the timeline, 0 first. */
  order: z.number().int().min(0),
  /** First day past due in the band (0 for M0). */
  daysFrom: z.number().int().min(0),
  /** Last day past due in the band; omitted when open-ended. */
  daysTo: z.number().int().min(0).optional(),
  /** Sources for the classification and credit-report lines; at least one. */
  sources: z.array(reference('sources')).min(1, 'cite at least one source'),
}).refine((t) => t.daysTo === undefined || t.daysTo >= t.daysFrom, {
  message: 'daysTo must not be before daysFrom', path: ['daysTo'],
});

/** One coded step of a procedure; rendered by <Steps> with an anchor named after its code. */
export const stepSchema = (reference: RefFactory) => z.object({
  /** Permanent code, e.g. HV-01.3; never reused, never renumbered. */
  code: stepCode,
  /** What to do, as a short imperative. */
  title: z.string().min(2),
  /** How to do it: the action in one to four sentences. */
  action: z.string().min(4),
  /** The record this step leaves (a log line, a recording, a signed form). */
  record: z.string().min(2).optional(),
  /** Legal basis of the step, by source id. Most steps cite one; a step of pure practice may cite none. */
  sources: z.array(reference('sources')).default([]),
  /** Article or clause of the sources, e.g. 第68条, shown beside the citation. */
  articles: z.string().optional(),
  /**
   * True when the step asks more than its sources do: our own rule (本流程要求),
   * printed as such so nobody reads it as law.
   */
  internal: z.boolean().default(false),
});

/** One published version of a procedure: what changed, by step code. Newest first. */
export const changeSchema = z.object({
  /** The version this entry published, e.g. 1.1. */
  version: z.string().regex(/^\d+\.\d+$/, 'expected a version like 1.1'),
  /** Day the version was published on the site. */
  date: isoDate,
  /** Day the version applies from. */
  effective: isoDate,
  /** What changed and why, in one to three sentences. */
  summary: z.string().min(4),
  /** Step codes added, changed in substance, or removed (retired) by this version. */
  added: z.array(stepCode).default([]),
  changed: z.array(stepCode).default([]),
  removed: z.array(stepCode).default([]),
});

/** A step taken out of a procedure: its code stays, as a tombstone at its anchor. */
export const retiredStepSchema = z.object({
  code: stepCode,
  /** The version that removed it; its date comes from that version's change record. */
  version: z.string().regex(/^\d+\.\d+$/, 'expected a version like 1.1'),
  /** One sentence: why, and where its content went, e.g. 内容并入 HV-01.3. */
  note: z.string().min(2),
});

/** The fields of a procedure as published; archived copies of old versions share them. */
const procedureFields = (reference: RefFactory) => ({
  ...pageFields,
  /** Permanent code, e.g. HV-01. Unique site-wide. */
  code: procedureCode,
  /** Version of the procedure text, e.g. 1.0; raise it on every change of substance. */
  version: z.string().regex(/^\d+\.\d+$/, 'expected a version like 1.0'),
  /** Day this version applies from. */
  effective: isoDate,
  /** Role that performs it, e.g. 外访专员. */
  performer: z.string().min(2),
  /** Overdue tiers the procedure applies to. */
  tiers: z.array(reference('tiers')).min(1, 'name at least one tier'),
  /** Numbered steps; at least five. */
  steps: z.array(stepSchema(reference)).min(5, 'a procedure needs at least five steps'),
  /** How long its records are kept, in plain words, with the source in the body. */
  retention: z.string().optional(),
  /** Steps removed in some version; each keeps its anchor on the page as a tombstone. */
  retired: z.array(retiredStepSchema).default([]),
});

export const procedureSchema = (reference: RefFactory) => z.object({
  ...procedureFields(reference),
  /** Version history, newest first; the first entry is the current version. */
  changes: z.array(changeSchema).min(1, 'record at least the first version in changes'),
}).superRefine((p, ctx) => {
  if (p.changes[0] && p.changes[0].version !== p.version) {
    ctx.addIssue({ code: 'custom', path: ['changes', 0, 'version'], message: `the newest change must be version ${p.version}, the procedure's version` });
  }
  if (p.changes[0] && p.changes[0].effective !== p.effective) {
    ctx.addIssue({ code: 'custom', path: ['changes', 0, 'effective'], message: `the newest change must take effect on ${p.effective}, the procedure's effective date` });
  }
  p.steps.forEach((step, i) => {
    if (!step.code.startsWith(`${p.code}.`)) {
      ctx.addIssue({ code: 'custom', path: ['steps', i, 'code'], message: `step code ${step.code} must start with the procedure code ${p.code}.` });
    }
  });
  p.retired.forEach((gone, i) => {
    if (p.steps.some((s) => s.code === gone.code)) {
      ctx.addIssue({ code: 'custom', path: ['retired', i, 'code'], message: `${gone.code} is retired but still a step: a code is never reused` });
    }
    if (!p.changes.some((c) => c.version === gone.version && c.removed.includes(gone.code))) {
      ctx.addIssue({ code: 'custom', path: ['retired', i, 'version'], message: `no change record of version ${gone.version} lists ${gone.code} as removed` });
    }
  });
});

/**
 * A procedure exactly as it was published at one version: content/archive/<locale>/<slug>/<version>.mdx,
 * written by `npm run permalinks` and never edited, so /procedures/<slug>/v/<version>/ cannot drift.
 * Copies from before change records existed have none.
 */
export const archivedProcedureSchema = (reference: RefFactory) => z.object({
  ...procedureFields(reference),
  changes: z.array(changeSchema).default([]),
});

/** Strength of a rule, so readers can tell law from guideline from habit. */
export const strength = z.enum(['law', 'regulation', 'judicial-interpretation', 'industry-rule', 'national-standard', 'convention']);

export const rightSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  /** The right in one sentence. */
  statement: z.string().min(8),
  /** Strongest basis the right rests on. */
  strength,
  /** Legal basis, by source id; at least one. */
  sources: z.array(reference('sources')).min(1, 'cite at least one source'),
  /** Procedures that put the right into practice. */
  procedures: z.array(reference('procedures')).default([]),
});

/** How a script's contact happens. */
export const channel = z.enum(['phone', 'sms', 'visit', 'letter']);
export type Channel = z.infer<typeof channel>;
/** How a case ended. */
export const outcome = z.enum(['resolved', 'unresolved', 'complaint', 'breach']);
export type Outcome = z.infer<typeof outcome>;
export type Strength = z.infer<typeof strength>;

export const scriptSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  /** The situation, in one sentence. */
  scenario: z.string().min(8),
  channel,
  /** The overdue tier the script is written for. */
  tier: reference('tiers'),
  /** Procedures the script belongs to; at least one. */
  procedures: z.array(reference('procedures')).min(1, 'name at least one procedure'),
  /** Sources behind its rules (hours, disclosure …). */
  sources: z.array(reference('sources')).default([]),
});

export const caseSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  /** Every case is invented; the flag must be set so the page says so at the top. */
  fictional: z.literal(true, { error: 'cases must be fictional: set fictional: true' }),
  outcome,
  tier: reference('tiers').optional(),
  procedures: z.array(reference('procedures')).min(1, 'link at least one procedure'),
  rights: z.array(reference('rights')).min(1, 'link at least one right'),
  scripts: z.array(reference('scripts')).default([]),
  sources: z.array(reference('sources')).default([]),
});

/**
 * One field of a letter's form (src/lib/letters/types.ts says what each type does). Its
 * `name` is the placeholder {name} in the template and the key a hand-over from the
 * self-check fills; every field must be used in the template and every placeholder must
 * name a field (src/lib/content/letter-integrity.ts stops the build otherwise).
 */
export const letterFieldSchema = z.object({
  /** lowerCamelCase, unique in the letter: lender, account4, incidents. */
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'expected a lowerCamelCase name such as account4'),
  /** The label beside the field, in the letter's language. */
  label: z.string().min(1),
  type: z.enum(letterFieldTypes),
  /** A required field empty or wrong stops Copy, Print and Download with a message beside it. */
  required: z.boolean().default(false),
  /** One line under the label: what to write, an example. */
  hint: z.string().min(2).optional(),
  /** choice only: the texts offered, each written into the letter as it stands. */
  options: z.array(z.string().min(1)).min(1).optional(),
  /** English letters only: the English shown in the form for each Chinese option, in the same order. */
  optionLabels: z.array(z.string().min(1)).min(1).optional(),
  /**
   * What the letter shows while the field is empty, in the printable no-JavaScript letter and
   * in the filled one, e.g. ［　　年　　月　　日］. Default by type: ［label］, or the date,
   * last-four and phone blanks of src/lib/i18n/dictionaries/letter.<locale>.ts.
   */
  blank: z.string().min(1, 'a blank must show something: leave it out for the default').optional(),
  /** Optional fields only: while empty, the filled letter leaves out the paragraph holding it (its blank still prints without JavaScript). */
  omitIfEmpty: z.boolean().optional(),
  /** last4 only: the last four characters of a resident ID number, whose last one may be X. */
  idNumber: z.boolean().optional(),
  /** What the field collects about the reader, for browsers and assistive technology (WCAG 1.3.5). */
  autocomplete: z.enum(autocompleteTokens).optional(),
}).superRefine((f, ctx) => {
  if (f.type === 'choice' && !f.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice needs its options' });
  if (f.type !== 'choice' && f.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `options belong to a choice, not a ${f.type} field` });
  if (f.optionLabels && f.optionLabels.length !== f.options?.length) ctx.addIssue({ code: 'custom', path: ['optionLabels'], message: 'one label per option, in the same order' });
  if (f.idNumber && f.type !== 'last4') ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'idNumber belongs to a last4 field' });
  if (f.omitIfEmpty && f.required) ctx.addIssue({ code: 'custom', path: ['omitIfEmpty'], message: 'a required field is never left out: drop omitIfEmpty or required' });
});

/** A letter a borrower can fill in and send (negotiation request, dispute, complaint, credit objection). */
export const letterSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  /** Where to send it and how, in one or two sentences. */
  sendTo: z.string().min(4),
  /** What to keep after sending it. */
  keep: z.array(z.string().min(2)).min(1),
  /** Rights the letter exercises. */
  rights: z.array(reference('rights')).min(1, 'link at least one right'),
  sources: z.array(reference('sources')).min(1, 'cite at least one source'),
  /** The form: the fields the reader fills in, in the order shown. */
  fields: z.array(letterFieldSchema).min(1, 'a letter needs at least one field'),
  /**
   * The letter's one text, plain, with {fieldName} placeholders; paragraphs are separated by
   * an empty line, and the first line is the letter's heading (and its download's file name).
   * Both the printable letter with blanks and the filled letter are made from it
   * (src/lib/letters/template.ts); the body shows it with <Letter letter={props.letter} />.
   */
  template: z.string().min(20),
  /**
   * English letters only: the template rendered in English with the same {placeholders}, shown
   * beside the Chinese letter so the reader knows what they send. The letter sent stays Chinese,
   * since the lender reads Chinese (src/lib/content/letter-integrity.ts requires it in English).
   */
  gloss: z.string().min(20).optional(),
}).superRefine((letter, ctx) => {
  const seen = new Set<string>();
  letter.fields.forEach((f, i) => {
    if (seen.has(f.name)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message: `the name ${f.name} is already used by another field` });
    seen.add(f.name);
  });
});

/** A page about the site itself or where to get help (/about/, /help/). */
export const infoSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  sources: z.array(reference('sources')).default([]),
});

/** A guide: an ordered task for one reader, such as the borrower's first week overdue. */
export const guideSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  /** Order on the guides index. */
  order: z.number().int().min(0).default(0),
  /**
   * A door on the home page's "what is happening to me now?": its place (1 first) and
   * its label in the reader's words (有人在我家门口). Omitted: not a door.
   */
  door: z.object({ order: z.number().int().min(1), label: z.string().min(2).max(24) }).optional(),
  rights: z.array(reference('rights')).default([]),
  procedures: z.array(reference('procedures')).default([]),
  letters: z.array(reference('letters')).default([]),
  sources: z.array(reference('sources')).min(1, 'cite at least one source'),
});

/** The schema's field is the island's LetterField (a compile-time check). */
type SchemaField = z.infer<typeof letterFieldSchema>;
const fieldsAgree: SchemaField extends LetterField ? (LetterField extends SchemaField ? true : never) : never = true;
void fieldsAgree;
