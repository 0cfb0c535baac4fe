/**
 * What happened, in the shape the self-check asks about it, and what it finds.
 * These names are the public API (issue #12): extend them, never rename them.
 */
export const channels = ['visit', 'phone', 'sms', 'letter', 'online'] as const;
export type Channel = (typeof channels)[number];
export const persons = ['borrower', 'guarantor', 'family', 'employer', 'colleague', 'neighbour', 'emergency-contact', 'other'] as const;
export type Person = (typeof persons)[number];
export const entries = ['none', 'invited', 'without-consent', 'stayed-after-asked-to-leave'] as const;
export const threats = ['violence', 'arrest', 'expose-to-others', 'harm-family', 'other'] as const;
export const posings = ['police', 'court', 'lawyer', 'government'] as const;
export const payees = ['lender-channel', 'personal-account', 'unknown'] as const;
export const lenders = ['bank-card', 'bank-loan', 'consumer-finance', 'online-platform', 'small-loan', 'private'] as const;
export type Lender = (typeof lenders)[number];

export interface Incident {
  channel: Channel;
  /** 'HH:MM', local time it happened */
  time?: string;
  /** the borrower had agreed to this time */
  agreedTime?: boolean;
  /** calls to the borrower that day from the lender and its agents */
  callsThatDay?: number;
  /** whom the collector contacted or spoke to */
  contacted?: Person[];
  /** to whom the debt was disclosed */
  toldDebtTo?: Person[];
  entry?: (typeof entries)[number];
  /** people who came (visits) */
  staff?: number;
  /** showed ID and authorisation */
  showedId?: boolean;
  /** said they were recording */
  recorded?: boolean;
  threats?: (typeof threats)[number][];
  posedAs?: (typeof posings)[number][];
  payTo?: (typeof payees)[number];
  extraFees?: boolean;
  lender?: Lender;
}

export const verdicts = ['breach', 'ok', 'unclear'] as const;
export const strengths = ['law', 'regulation', 'judicial', 'industry', 'standard', 'site'] as const;
export const topics = ['hours', 'frequency', 'third-party', 'disclosure', 'entry', 'identity', 'threat', 'impersonation', 'payment', 'staffing', 'recording', 'fees'] as const;

export interface Finding {
  verdict: (typeof verdicts)[number];
  strength: (typeof strengths)[number];
  topic: (typeof topics)[number];
  /** ids of content/sources.yaml */
  sources: { id: string; article?: string; /** On English pages, the article as the Chinese letter cites it. */ articleZh?: string }[];
  /** one plain sentence each */
  zh: string;
  en: string;
  /** The rule that found it (content/checks.yaml), for linking and auditing. */
  rule: string;
  /** For an unclear finding: what would decide it. */
  decide?: { zh: string; en: string };
}

/** Bad input: an impossible time, a negative count, an unknown value. `field` names it. */
export class IncidentInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'IncidentInputError';
  }
}
