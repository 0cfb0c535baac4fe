/**
 * Whether a procedure is in force, computed from its data when the site is built,
 * so the next build after the effective date says 现行 without anyone editing it.
 */

/** Today's date in China (YYYY-MM-DD), where the rules apply. SITE_TODAY pins it for tests. */
export function buildDay(now: Date = new Date(), pinned: string | undefined = process.env.SITE_TODAY): string {
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`SITE_TODAY must be YYYY-MM-DD, got "${pinned}"`);
    return pinned;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type ProcedureStatus =
  | { state: 'in-force'; since: string }
  | { state: 'upcoming'; from: string };

/** ISO dates compare as strings, day by day. */
export function procedureStatus(effective: string, today: string): ProcedureStatus {
  return today < effective ? { state: 'upcoming', from: effective } : { state: 'in-force', since: effective };
}
