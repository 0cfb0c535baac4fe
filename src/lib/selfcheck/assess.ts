/**
 * The self-check: an incident in, the findings of every rule that applies out.
 * Pure and synchronous; the rules are data (content/checks.yaml).
 */
import type { Finding, Incident } from './types';
import type { Condition, Rule } from './rules';
import { checkIncident } from './validate';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether every part of a condition holds for the incident. */
export function holds(c: Condition, i: Incident): boolean {
  const any = <T>(want: readonly T[] | undefined, have: readonly T[] | undefined) => !want || (have ?? []).some((x) => want.includes(x));
  if (c.timeBetween) {
    if (!i.time) return false;
    const [from, to] = c.timeBetween.map(minutes) as [number, number];
    const t = minutes(i.time);
    if (!(from <= to ? t >= from && t < to : t >= from || t < to)) return false;
  }
  if (c.agreedTime !== undefined && (i.agreedTime ?? false) !== c.agreedTime) return false;
  if (c.callsAbove !== undefined && !((i.callsThatDay ?? 0) > c.callsAbove)) return false;
  if (!any(c.contactedAny, i.contacted) || !any(c.toldDebtToAny, i.toldDebtTo)) return false;
  if (c.entryIn && !(i.entry && c.entryIn.includes(i.entry))) return false;
  if (c.staffBelow !== undefined && !(i.staff !== undefined && i.staff < c.staffBelow)) return false;
  if (c.showedId !== undefined && i.showedId !== c.showedId) return false;
  if (c.recorded !== undefined && i.recorded !== c.recorded) return false;
  if (!any(c.threatsAny, i.threats) || !any(c.posedAsAny, i.posedAs)) return false;
  if (c.payToIn && !(i.payTo && c.payToIn.includes(i.payTo))) return false;
  if (c.extraFees !== undefined && (i.extraFees ?? false) !== c.extraFees) return false;
  return true;
}

/** Whether the rule speaks to this incident at all: its channel, its lender, the facts it needs. */
export function applies(rule: Rule, i: Incident): boolean {
  if (rule.channels && !rule.channels.includes(i.channel)) return false;
  // A rule that binds some lenders only applies when the lender is known to be one of them.
  if (rule.lenders && !(i.lender && rule.lenders.includes(i.lender))) return false;
  // A fact is known once given; an empty list is a known "nobody" or "nothing".
  return rule.needs.every((fact) => i[fact] !== undefined);
}

/** One rule's finding, or none when it does not apply. */
export function judge(rule: Rule, i: Incident): Finding | undefined {
  if (!applies(rule, i)) return undefined;
  const verdict = rule.breach && holds(rule.breach, i) ? 'breach' : rule.unclear && holds(rule.unclear, i) ? 'unclear' : 'ok';
  const sentence = rule.say[verdict] ?? rule.say.ok;
  return {
    verdict, strength: rule.strength, topic: rule.topic, sources: rule.sources, zh: sentence.zh, en: sentence.en, rule: rule.id,
    ...(verdict === 'unclear' && rule.decide ? { decide: rule.decide } : {}),
  };
}

/** Every finding for the incident, breaches first, then unclear, then ok; rule order within each. */
export function assessWith(rules: readonly Rule[], incident: Incident): Finding[] {
  const checked = checkIncident(incident);
  const order = { breach: 0, unclear: 1, ok: 2 } as const;
  return rules.flatMap((r) => judge(r, checked) ?? []).sort((a, b) => order[a.verdict] - order[b.verdict]);
}
