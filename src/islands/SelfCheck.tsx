/**
 * /self-check/: "was this collection lawful?". The reader describes one contact in
 * their own terms; lib/selfcheck judges it against content/checks.yaml; the findings
 * come grouped by how strong the broken rule is, then what to do, to whom, by when.
 * Below, the private incident log. Everything stays in this browser: the form and the
 * log in localStorage, the letter hand-over in sessionStorage; nothing in the URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SelfcheckStrings } from '../lib/i18n/selfcheck';
import { assessWith } from '../lib/selfcheck/assess';
import { channels, lenders, persons, type Finding, type Incident } from '../lib/selfcheck/types';
import type { Rule } from '../lib/selfcheck/rules';
import { emptyForm, fromIncident, toIncident, type FormErrors, type FormValues } from '../lib/selfcheck/form';
import { emptyLog, newEntryId, withEntry, type LogEntry } from '../lib/incidents/log';
import { loadLog, saveLog, type Kept } from '../lib/incidents/storage';
import { loadStored, readVersioned, removeStored, saveStored } from '../lib/stored';
import { today } from '../lib/today';
import { Choice } from './selfcheck/Choice';
import { Findings, type SourceTitles } from './selfcheck/Findings';
import { NextSteps } from './selfcheck/NextSteps';
import { IncidentLog } from './selfcheck/IncidentLog';

interface Props {
  s: SelfcheckStrings;
  /** content/checks.yaml, handed over as data (HTML), so the island's JavaScript carries no rules. */
  rules: Rule[];
  lang: 'zh' | 'en';
  sourcesHref: string;
  letterHref: string;
  titles: SourceTitles;
  /**
   * The Chinese words the hand-over to the complaint letter is written in: the letter goes
   * to the lender in Chinese whatever the page's language (src/lib/content/letters.ts).
   */
  letterWords: LetterWords;
}

/** What the hand-over needs in the letter's language: the incident's words, strengths and source names. */
export interface LetterWords {
  colon: string;
  form: Pick<SelfcheckStrings['form'], 'channels' | 'toldDebtTo' | 'persons' | 'threatList' | 'posedAs' | 'posings'>;
  strength: SelfcheckStrings['results']['strength'];
  titles: SourceTitles;
}

/** The form as the reader left it, kept like the other records (src/lib/stored.ts). */
const FORM_KEY = 'selfcheck-form';
interface StoredForm { schema: 1; values: FormValues }
const parseForm = (raw: string | null) =>
  readVersioned<StoredForm>(raw, 1, (r) => channels.includes(r.values?.channel), () => ({ schema: 1, values: emptyForm() }));
const readForm = (): FormValues | undefined => {
  const { value, state } = loadStored(FORM_KEY, parseForm);
  return state === 'ok' ? { ...emptyForm(), ...value.values } : undefined;
};
// A form that cannot be kept still works; it is just not there after a reload.
const writeForm = (values: FormValues | undefined) =>
  void (values ? saveStored(FORM_KEY, parseForm, () => ({ schema: 1, values })) : removeStored(FORM_KEY));

export default function SelfCheck({ s, rules, lang, sourcesHref, letterHref, titles, letterWords: w }: Props) {
  const f = s.form;
  const [ready, setReady] = useState(false);
  const [values, setValues] = useState<FormValues>(emptyForm());
  const [errors, setErrors] = useState<FormErrors>({});
  const [result, setResult] = useState<{ findings: Finding[]; incident: Incident } | undefined>();
  const [log, setLog] = useState(emptyLog());
  const [kept, setKept] = useState<Kept>('empty');
  const [notice, setNotice] = useState('');
  const results = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const saved = readForm();
    if (saved) setValues(saved);
    const read = loadLog();
    setLog(read.log);
    setKept(read.state);
    setReady(true);
  }, []);
  useEffect(() => { if (ready) writeForm(values); }, [values, ready]);
  useEffect(() => { if (result) results.current?.focus(); }, [result]);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues({ ...values, [key]: value });
    if (key in errors) setErrors({ ...errors, [key]: undefined });
  };
  const check = (event: Event) => {
    event.preventDefault();
    const out = toIncident(values);
    if ('errors' in out) { setErrors(out.errors); setResult(undefined); return; }
    setErrors({});
    setResult({ findings: assessWith(rules, out.incident), incident: out.incident });
  };
  const reset = () => { setValues(emptyForm()); setResult(undefined); setErrors({}); writeForm(undefined); };
  const fromLog = (entry: LogEntry) => {
    setValues(entry.incident ? fromIncident(entry.incident, entry.date) : { ...emptyForm(), channel: entry.channel, date: entry.date, time: entry.time, contacted: entry.contacted });
    setResult(undefined);
    setNotice(s.log.checking);
    form.current?.scrollIntoView();
    form.current?.querySelector('input')?.focus();
  };
  /** The incident in one line, in the given words: the page's for the log, the letter's for the hand-over. */
  const line = (words: Pick<LetterWords, 'colon' | 'form'> = { colon: s.colon, form: f }) => {
    const g = words.form;
    const parts = [
      `${values.date || today()} ${values.time}`.trim(), g.channels[values.channel],
      ...values.toldDebtTo.map((p) => `${g.toldDebtTo}${words.colon}${g.persons[p]}`),
      ...values.threats.map((t) => g.threatList[t]),
      ...values.posedAs.map((p) => `${g.posedAs}${words.colon}${g.posings[p]}`),
    ];
    return parts.join(' · ');
  };
  const saveIncident = () => {
    if (!result) return;
    const entry: LogEntry = {
      id: newEntryId(), date: values.date || today(), time: values.time.trim(), channel: values.channel, who: '',
      contacted: values.contacted.filter((p) => p !== 'borrower'), said: line(), evidence: '', incident: result.incident,
    };
    const out = saveLog((current) => withEntry(current, entry));
    setLog(out.log);
    setKept(out.state);
    setNotice(s.next.savedToLog);
  };
  const error = (key: keyof FormErrors) => errors[key] && <p class="field-error" id={`sc-${key}-error`}>{s.errors[errors[key]!]}</p>;
  const visit = values.channel === 'visit';

  return (
    <div class="selfcheck">
      <form ref={form} class="sc-form" onSubmit={check} noValidate>
        <h2>{f.legend}</h2>
        {notice && <p role="status" class="sc-notice">{notice}</p>}
        <Choice legend={f.lender} name="lender" words={f.lenders} keys={[...lenders, 'unknown']} value={values.lender} onChange={(v) => set('lender', v as FormValues['lender'])} />
        <Choice legend={f.channel} name="channel" words={f.channels} keys={channels} value={values.channel} onChange={(v) => set('channel', v as FormValues['channel'])} />
        <div class="sc-row">
          <label>{f.date}<input type="date" value={values.date} onInput={(e) => set('date', e.currentTarget.value)} /></label>
          <label>{f.time}<input type="text" inputMode="numeric" placeholder="21:30" value={values.time} aria-invalid={Boolean(errors.time)}
            aria-describedby={errors.time ? 'sc-time-error' : undefined} onInput={(e) => set('time', e.currentTarget.value)} /></label>
        </div>
        {error('time')}
        <label class="sc-option"><input type="checkbox" checked={values.agreedTime} onChange={(e) => set('agreedTime', e.currentTarget.checked)} /><span>{f.agreedTime}</span></label>
        {values.channel === 'phone' && (
          <label>{f.calls}<input type="text" inputMode="numeric" value={values.calls} aria-invalid={Boolean(errors.calls)}
            aria-describedby={`sc-calls-hint${errors.calls ? ' sc-calls-error' : ''}`} onInput={(e) => set('calls', e.currentTarget.value)} />
            <span class="field-hint" id="sc-calls-hint">{f.callsHint}</span></label>
        )}
        {values.channel === 'phone' && error('calls')}
        {visit && <>
          <label>{f.staff}<input type="text" inputMode="numeric" value={values.staff} aria-invalid={Boolean(errors.staff)}
            aria-describedby={errors.staff ? 'sc-staff-error' : undefined} onInput={(e) => set('staff', e.currentTarget.value)} /></label>
          {error('staff')}
          <Choice legend={f.showedId} name="showedId" words={{ yes: f.yes, no: f.no, unknown: f.unknown }} value={values.showedId} onChange={(v) => set('showedId', v as FormValues['showedId'])} />
          <Choice legend={f.recorded} name="recorded" words={{ yes: f.yes, no: f.no, unknown: f.unknown }} value={values.recorded} onChange={(v) => set('recorded', v as FormValues['recorded'])} />
          <Choice legend={f.entry} name="entry" words={f.entries} value={values.entry} onChange={(v) => set('entry', v as FormValues['entry'])} />
        </>}
        <Choice legend={f.contacted} name="contacted" words={f.persons} keys={persons} value={values.contacted} onChange={(v) => set('contacted', v as FormValues['contacted'])} />
        <Choice legend={f.toldDebtTo} name="toldDebtTo" words={f.persons} keys={persons.filter((p) => p !== 'borrower')} value={values.toldDebtTo} onChange={(v) => set('toldDebtTo', v as FormValues['toldDebtTo'])} />
        <Choice legend={f.threats} name="threats" words={f.threatList} value={values.threats} onChange={(v) => set('threats', v as FormValues['threats'])} />
        <Choice legend={f.posedAs} name="posedAs" words={f.posings} value={values.posedAs} onChange={(v) => set('posedAs', v as FormValues['posedAs'])} />
        <Choice legend={f.payTo} name="payTo" words={f.payees} value={values.payTo} onChange={(v) => set('payTo', v as FormValues['payTo'])} />
        <label class="sc-option"><input type="checkbox" checked={values.extraFees} onChange={(e) => set('extraFees', e.currentTarget.checked)} /><span>{f.extraFees}</span></label>
        <p class="sc-actions">
          <button type="submit" class="button" disabled={!ready}>{f.check}</button>
          <button type="button" class="button button--secondary" disabled={!ready} onClick={reset}>{f.reset}</button>
        </p>
      </form>
      {result && (
        <div class="sc-results">
          <h2 ref={results} tabIndex={-1}>{s.results.title}</h2>
          <Findings findings={result.findings} s={s} lang={lang} sourcesHref={sourcesHref} titles={titles} />
          <NextSteps s={s} sourcesHref={sourcesHref} findings={result.findings} incident={result.incident} letterHref={letterHref} incidentLine={line(w)}
            ruleLines={result.findings.filter((x) => x.verdict !== 'ok').map((x) => `${x.zh}（${w.strength[x.strength]}${x.sources.length ? `；${x.sources.map((src) => `${w.titles[src.id] ?? src.id}${src.articleZh ?? src.article ?? ''}`).join('、')}` : ''}）`)} />
          <p class="no-print"><button type="button" class="button button--secondary" onClick={saveIncident}>{s.next.saveToLog}</button></p>
        </div>
      )}
      <IncidentLog s={s} log={log} state={kept} onChange={(l, k) => { setLog(l); setKept(k); }} onCheck={fromLog} />
    </div>
  );
}
