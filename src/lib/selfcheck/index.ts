/**
 * "Was this collection lawful?": the self-check core. Pure TypeScript, no DOM.
 * The rules are content/checks.yaml (checked at build by src/schemas/checks.ts);
 * `assess` judges an incident against all of them.
 */
import data from '../../../content/checks.yaml';
import { assessWith } from './assess';
import type { Rule } from './rules';
import type { Finding, Incident } from './types';

export * from './types';
export type { Rule, Condition, Sentence } from './rules';
export { assessWith, judge, applies, holds } from './assess';
export { checkIncident } from './validate';

/** The site's rules, as content/checks.yaml has them. */
export const rules = data as Rule[];

/** Every finding for an incident; throws IncidentInputError naming the field on bad input. */
export function assess(incident: Incident): Finding[] {
  return assessWith(rules, incident);
}
