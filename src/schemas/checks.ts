import { z } from 'astro/zod';
import { channels, lenders, persons, entries, threats, posings, payees, strengths, topics } from '../lib/selfcheck/types';

/**
 * content/checks.yaml: the self-check's rules (src/lib/selfcheck/rules.ts explains
 * them). Checked here field by field; a source id that is not in sources.yaml stops
 * the build in src/lib/content/integrity.ts.
 */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const condition = z.strictObject({
  timeBetween: z.tuple([time, time]).optional(),
  agreedTime: z.boolean().optional(),
  callsAbove: z.number().int().min(0).optional(),
  contactedAny: z.array(z.enum(persons)).min(1).optional(),
  toldDebtToAny: z.array(z.enum(persons)).min(1).optional(),
  entryIn: z.array(z.enum(entries)).min(1).optional(),
  staffBelow: z.number().int().min(1).optional(),
  showedId: z.boolean().optional(),
  recorded: z.boolean().optional(),
  threatsAny: z.array(z.enum(threats)).min(1).optional(),
  posedAsAny: z.array(z.enum(posings)).min(1).optional(),
  payToIn: z.array(z.enum(payees)).min(1).optional(),
  extraFees: z.boolean().optional(),
});
const sentence = z.strictObject({ zh: z.string().min(4), en: z.string().min(4) });
const facts = ['channel', 'time', 'agreedTime', 'callsThatDay', 'contacted', 'toldDebtTo', 'entry', 'staff', 'showedId', 'recorded', 'threats', 'posedAs', 'payTo', 'extraFees', 'lender'] as const;

export const checkRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  topic: z.enum(topics),
  strength: z.enum(strengths),
  sources: z.array(z.strictObject({ id: z.string(), article: z.string().optional() })),
  channels: z.array(z.enum(channels)).min(1).optional(),
  lenders: z.array(z.enum(lenders)).min(1).optional(),
  needs: z.array(z.enum(facts)).min(1),
  breach: condition.optional(),
  unclear: condition.optional(),
  say: z.strictObject({ breach: sentence.optional(), ok: sentence, unclear: sentence.optional() }),
  decide: sentence.optional(),
}).superRefine((rule, ctx) => {
  if (!rule.breach && !rule.unclear) ctx.addIssue({ code: 'custom', path: ['breach'], message: 'a rule needs a breach or an unclear condition' });
  if (rule.breach && !rule.say.breach) ctx.addIssue({ code: 'custom', path: ['say', 'breach'], message: 'say what a breach means' });
  if (rule.unclear && (!rule.say.unclear || !rule.decide)) ctx.addIssue({ code: 'custom', path: ['say', 'unclear'], message: 'an unclear condition needs its sentence and what would decide it (decide)' });
  if (rule.strength !== 'site' && rule.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'only our own advice (strength: site) may cite no source' });
});
