/**
 * axe with the WCAG 2.2 A and AA rules, one way for every spec.
 * Dark mode changes colours only, so in dark just the rules that read colours run; light runs
 * them all. resultTypes: only violations are collected in full (passes cost the time on long pages).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Each violation as `rule: up to three targets`, prefixed by the scheme; [] when clean. */
export async function axeViolations(page: Page, scheme: 'light' | 'dark', include?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (include) axe = axe.include(include);
  axe = scheme === 'light' ? axe.withTags(wcagTags) : axe.withRules(colourRules);
  const results = await axe.analyze();
  return results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
