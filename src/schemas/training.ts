import { z } from 'astro/zod';
import { pageFields, stepCode, type RefFactory } from './common';

/**
 * The training path: modules (MDX pages), their question banks and the scenario
 * drills (YAML data). Every question and every wrong turn of a drill names the
 * coded step, right or script it tests, so a completion can be tied to the text
 * that later changes. Cross-file checks (a basis that does not exist, a quiz
 * without its module) are in src/lib/content/training-integrity.ts.
 */

/** A page a trainee reads: "<collection>/<slug>" of the same language, e.g. procedures/on-site-conduct. */
export const readingRef = z.string().regex(
  /^(tiers|procedures|rights|scripts|cases|letters|guides)\/[a-z0-9-]+$/,
  'expected "<collection>/<slug>", e.g. procedures/on-site-conduct or rights/no-contact-at-night',
);

/**
 * What answers a question or is broken by a wrong line: a step code (HV-04.5), or a
 * right or script page (rights/<slug>, scripts/<slug>).
 */
export const basisRef = z.union([
  stepCode,
  z.string().regex(/^(rights|scripts)\/[a-z0-9-]+$/, 'expected a step code like HV-04.5, rights/<slug> or scripts/<slug>'),
]);
/** One basis or several; always a list once parsed. */
const basisList = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(basisRef).min(1, 'name at least one basis'));

export const moduleSchema = (reference: RefFactory) => z.object({
  ...pageFields,
  /** Place on the path, 1 first; unique per language. */
  order: z.number().int().min(1),
  /** Estimated minutes to read the pages and take the check. */
  minutes: z.number().int().min(5).max(240),
  /** What the trainee can do afterwards, as "能……" sentences; two to six. */
  objectives: z.array(z.string().min(4)).min(2).max(6),
  /** Procedures the module teaches: each procedure page leads here, and the record keeps their versions. */
  covers: z.array(reference('procedures')).default([]),
  /** The pages to read, in order. */
  reading: z.array(readingRef).min(1, 'list at least one page to read'),
});

const option = z.object({
  /** The answer, or for "say next" the line the agent would say, in quotes as spoken. */
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, in one or two sentences. Every option has one. */
  why: z.string().min(4, 'every option needs an explanation (why)'),
});

export const questionType = z.enum(['single', 'multiple', 'say-next']);

export const questionSchema = z.object({
  /** Stable within the module (progress remembers missed questions by it): lower-case letters, digits, dashes. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id like door-3'),
  /** single: one right answer; multiple: choose all that apply; say-next: pick the line to say. */
  type: questionType,
  /** For say-next: what has just happened or been said. */
  situation: z.string().min(4).optional(),
  /** The question itself. */
  prompt: z.string().min(4),
  basis: basisList,
  options: z.array(option).min(3, 'give at least three options').max(6),
}).superRefine((q, ctx) => {
  const right = q.options.filter((o) => o.correct).length;
  if (q.type !== 'multiple' && right !== 1) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${q.type} question has exactly one correct option; this one has ${right}` });
  }
  if (q.type === 'multiple' && (right < 1 || right === q.options.length)) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'a multiple question has at least one correct and one wrong option' });
  }
  if (q.type === 'say-next' && !q.situation) {
    ctx.addIssue({ code: 'custom', path: ['situation'], message: 'a say-next question needs its situation' });
  }
});
export type Question = z.infer<typeof questionSchema>;

/** content/quizzes/<locale>/<module-slug>.yaml: the module's knowledge check. */
export const quizSchema = z.object({
  questions: z.array(questionSchema).min(6, 'a module needs at least six questions'),
}).superRefine((quiz, ctx) => {
  const seen = new Set<string>();
  quiz.questions.forEach((q, i) => {
    if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id ${q.id} is used twice` });
    seen.add(q.id);
  });
});

/** One line the trainee may choose in a drill. */
const drillChoice = z.object({
  /** The line, as the agent would say it. */
  say: z.string().min(2),
  /** A good line leads on: the id of the next node. */
  next: z.string().optional(),
  /** A wrong line: what happens because of it, in one or two sentences. */
  consequence: z.string().min(4).optional(),
  /** A wrong line: the step, right or script it breaks. */
  breaks: basisRef.optional(),
  /** A good line: why it works (optional, shown after choosing). */
  why: z.string().min(4).optional(),
}).superRefine((c, ctx) => {
  if (c.next === undefined && (!c.consequence || !c.breaks)) {
    ctx.addIssue({ code: 'custom', path: ['consequence'], message: 'a wrong line needs its consequence and the rule it breaks (breaks)' });
  }
  if (c.next !== undefined && (c.consequence || c.breaks)) {
    ctx.addIssue({ code: 'custom', path: ['next'], message: 'a line that leads on (next) is a good line: give it why, not consequence or breaks' });
  }
});

const drillNode = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id like door'),
  /** What the other person says or does now. */
  they: z.string().min(2),
  /** The lines to choose from; none on an ending. */
  choices: z.array(drillChoice).default([]),
  /** On an ending: how the conversation ended and what the trainee did well. */
  end: z.string().min(4).optional(),
});

/** content/drills/<locale>/<slug>.yaml: a branching conversation built from a script. */
export const drillSchema = (reference: RefFactory) => z.object({
  title: z.string().min(2),
  summary: z.string().min(10).max(240),
  /** Questions a trainee would type that this drill answers (search text only, as a page's `asked`). */
  asked: pageFields.asked,
  /** Place in the list of drills. */
  order: z.number().int().min(1),
  /** The module the drill belongs to. */
  module: reference('modules'),
  /** The scripts it is built from. */
  scripts: z.array(reference('scripts')).min(1),
  /** The scene, in two or three sentences, before the first line. */
  setting: z.string().min(10),
  /** The first node. */
  start: z.string(),
  nodes: z.array(drillNode).min(3),
  lastReviewed: pageFields.lastReviewed,
}).superRefine((d, ctx) => {
  const ids = new Map(d.nodes.map((n, i) => [n.id, i]));
  if (!ids.has(d.start)) ctx.addIssue({ code: 'custom', path: ['start'], message: `no node ${d.start}` });
  d.nodes.forEach((n, i) => {
    if (!n.end && n.choices.length < 2) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'choices'], message: `node ${n.id} needs at least two lines to choose from, or an end` });
    if (n.end && n.choices.length) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'end'], message: `node ${n.id} is an ending and has choices` });
    if (!n.end && !n.choices.some((c) => c.next !== undefined)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'choices'], message: `node ${n.id} has no line that leads on` });
    if (!n.end && !n.choices.some((c) => c.next === undefined)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'choices'], message: `node ${n.id} has no wrong line to learn from` });
    n.choices.forEach((c, j) => {
      if (c.next !== undefined && !ids.has(c.next)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'choices', j, 'next'], message: `no node ${c.next}` });
    });
  });
  // Every node reachable from the start, and an ending reachable from every node.
  const reach = new Set<string>();
  const walk = (id: string) => {
    if (reach.has(id) || !ids.has(id)) return;
    reach.add(id);
    for (const c of d.nodes[ids.get(id)!]!.choices) if (c.next) walk(c.next);
  };
  walk(d.start);
  d.nodes.forEach((n, i) => { if (!reach.has(n.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `node ${n.id} cannot be reached from ${d.start}` }); });
  if (!d.nodes.some((n) => n.end)) ctx.addIssue({ code: 'custom', path: ['nodes'], message: 'a drill needs at least one ending' });
});
export type Drill = z.infer<ReturnType<typeof drillSchema>>;
