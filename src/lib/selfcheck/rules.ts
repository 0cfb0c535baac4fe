/**
 * The shape of a self-check rule (content/checks.yaml). A rule is about one topic,
 * applies to some channels and lenders, needs some facts to be known, and says
 * "breach" when its breach condition holds, else "unclear" when its unclear
 * condition holds, else "ok". Conditions are plain data so a compliance reader can
 * audit them; the Zod schema that checks the file is src/schemas/checks.ts.
 */
import type { Channel, Finding, Incident, Lender, Person } from './types';

export interface Condition {
  /** The time is in this window; it may wrap past midnight (22:00 → 08:00). End excluded. */
  timeBetween?: [string, string];
  /** agreedTime, read as false when not given. */
  agreedTime?: boolean;
  /** More calls that day than this. */
  callsAbove?: number;
  contactedAny?: Person[];
  toldDebtToAny?: Person[];
  entryIn?: NonNullable<Incident['entry']>[];
  /** Fewer people came than this. */
  staffBelow?: number;
  showedId?: boolean;
  recorded?: boolean;
  threatsAny?: NonNullable<Incident['threats']>;
  posedAsAny?: NonNullable<Incident['posedAs']>;
  payToIn?: NonNullable<Incident['payTo']>[];
  extraFees?: boolean;
}

export interface Sentence { zh: string; en: string }

export interface Rule {
  id: string;
  topic: Finding['topic'];
  strength: Finding['strength'];
  sources: Finding['sources'];
  /** Channels it is about; omitted: all. */
  channels?: Channel[];
  /** Lenders the rule binds; omitted: all. */
  lenders?: Lender[];
  /** Facts that must be known for the rule to say anything. */
  needs: (keyof Incident)[];
  breach?: Condition;
  unclear?: Condition;
  say: { breach?: Sentence; ok: Sentence; unclear?: Sentence };
  /** For unclear: what would decide it. */
  decide?: Sentence;
}
