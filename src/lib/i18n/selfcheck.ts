/**
 * Every string of the self-check page's island (the form, the findings, the next
 * steps, the incident log), per locale. Plain data passed as a prop, checked at
 * build like the calculator's (src/lib/i18n/schema.ts).
 */
import type { Locale } from './locales';
import type { Channel, Lender, Person } from '../selfcheck/types';
import { selfcheckZhCn } from './dictionaries/selfcheck.zh-cn';
import { selfcheckEn } from './dictionaries/selfcheck.en';

type Threat = 'violence' | 'arrest' | 'expose-to-others' | 'harm-family' | 'other';
type Posing = 'police' | 'court' | 'lawyer' | 'government';

export interface SelfcheckStrings {
  colon: string;
  form: {
    legend: string;
    lender: string; lenders: Record<Lender | 'unknown', string>;
    channel: string; channels: Record<Channel, string>;
    date: string; time: string; agreedTime: string;
    calls: string; callsHint: string;
    staff: string; showedId: string; recorded: string; yes: string; no: string; unknown: string;
    entry: string; entries: Record<'none' | 'invited' | 'without-consent' | 'stayed-after-asked-to-leave', string>;
    contacted: string; toldDebtTo: string; persons: Record<Person, string>;
    threats: string; threatList: Record<Threat, string>;
    posedAs: string; posings: Record<Posing, string>;
    payTo: string; payees: Record<'lender-channel' | 'personal-account' | 'unknown' | 'none', string>;
    extraFees: string;
    check: string; reset: string;
    needsScript: string;
  };
  errors: { time: string; calls: string; staff: string; date: string; generic: string };
  results: {
    title: string; none: string;
    groups: { law: string; regulation: string; standard: string; site: string; unclear: string; ok: string };
    strength: Record<'law' | 'regulation' | 'judicial' | 'industry' | 'standard' | 'site', string>;
    decide: string; sources: string;
  };
  next: {
    title: string; urgent110: string; urgent96110: string;
    lender: string; lenderBy: string; lenderBasis: string; fillLetter: string; letterNote: string;
    regulator: string; regulatorBank: string; regulatorOther: string;
    evidence: string; evidenceList: Record<'hours' | 'frequency' | 'third-party' | 'disclosure' | 'entry' | 'identity' | 'threat' | 'impersonation' | 'payment' | 'staffing' | 'recording' | 'fees', string>;
    saveToLog: string; savedToLog: string;
  };
  log: {
    title: string; intro: string; privacy: string;
    add: string; who: string; whoHint: string; said: string; evidence: string; save: string; cancel: string;
    empty: string; check: string; remove: string; removeConfirm: string;
    csv: string; print: string; clear: string; clearConfirm: string; fileName: string;
    columns: [string, string, string, string, string, string, string];
    state: { ok: string; empty: string; corrupt: string; newer: string; unavailable: string };
    checking: string;
  };
}

export const selfcheckStrings: Record<Locale, SelfcheckStrings> = { 'zh-cn': selfcheckZhCn, en: selfcheckEn };
