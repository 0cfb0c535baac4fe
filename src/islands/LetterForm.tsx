/**
 * A letter filled in on its page: the fields its frontmatter declares, the letter made
 * from its one template as the reader types, and Copy, Print (the letter alone) and
 * Download (.txt). Without JavaScript the same component, rendered on the server, shows
 * the letter with its blanks and the form disabled; the controls wake when it hydrates.
 * What the reader types is a draft in this browser only (src/lib/incidents/storage.ts),
 * never in the URL; a hand-over from the self-check (sessionStorage) fills fields of the
 * same name once. Every storage failure is said in words, and the form works regardless.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locales';
import type { LetterStrings } from '../lib/i18n/letter';
import type { BlankWords, LetterField, LetterValues } from '../lib/letters/types';
import type { IncidentLog } from '../lib/incidents/log';
import { format, formatPlural } from '../lib/i18n/format';
import { acceptValues, cleanValue, letterProblems, MAX_LINE, MAX_TEXT, type FieldProblem } from '../lib/letters/fields';
import { blanksLeft, fillLetter, type Segment, letterFile, letterFileName, letterHeading, letterText } from '../lib/letters/template';
import { clearDraft, loadDraft, loadLog, saveDraft, takeHandoff, type Kept } from '../lib/incidents/storage';
import { FieldControl, fieldId } from './letter/FieldControl';
import { LogPicker } from './letter/LogPicker';
import { copyText, selectText } from './letter/actions';
import { saveFile } from './shared/save-file';
import { today } from '../lib/today';

export interface LetterFormProps {
  /** The letter's slug: the key of its draft and of a hand-over to it. */
  slug: string;
  locale: Locale;
  /** BCP 47 language of the page (htmlLang of the locale), given by the page so the island carries no locale table. */
  lang: string;
  /** The language the letter is sent in (Chinese on every page: the lender reads Chinese), and its blanks. */
  letterLang: string;
  letterBlanks: BlankWords;
  fields: LetterField[];
  template: string;
  /** English pages: the letter in English with the same placeholders, shown beside it and never sent. */
  gloss?: string;
  /** Where to send it and how (frontmatter sendTo). */
  sendTo: string;
  strings: LetterStrings;
}

/** The letter's runs: blanks and typed values marked, so the sheet shows what is left to fill. */
const runs = (segments: readonly Segment[]) => segments.map((seg) => (seg.blank ? <span class="letter-blank">{seg.text}</span> : seg.field ? <span class="letter-value">{seg.text}</span> : seg.text));

export default function LetterForm({ slug, locale, lang, letterLang, letterBlanks, fields, template, gloss, sendTo, strings: s }: LetterFormProps) {
  // The server renders the letter with blanks and every control disabled, so nothing typed
  // or clicked before hydration is lost; `ready` wakes them.
  const [ready, setReady] = useState(false);
  const [values, setValues] = useState<LetterValues>({});
  /** Fields the reader has left: their format problems show from then on. */
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  /** An action was tried: every problem shows, required fields included. */
  const [tried, setTried] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const [loaded, setLoaded] = useState<Kept>('empty');
  const [kept, setKept] = useState<Kept>('empty');
  const [restored, setRestored] = useState<string | undefined>();
  const [handed, setHanded] = useState<string[]>([]);
  const [log, setLog] = useState<{ log: IncidentLog; state: Kept } | undefined>();
  const [status, setStatus] = useState('');
  const sheet = useRef<HTMLPreElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const { draft, state } = loadDraft(slug);
    const given = acceptValues(fields, takeHandoff(slug) ?? {});
    const start = { ...acceptValues(fields, draft?.values ?? {}), ...given };
    setValues(start);
    setLeft(new Set(Object.keys(start)));
    setLoaded(state);
    setKept(Object.keys(given).length > 0 ? saveDraft(slug, start) : state);
    if (draft && state === 'ok') setRestored(draft.saved.replace('T', ' '));
    setHanded(Object.keys(given));
    setLog(loadLog());
    setReady(true);
  }, []);
  useEffect(() => { if (refusals > 0) summary.current?.focus(); }, [refusals]);

  const setValue = (name: string, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    setKept(saveDraft(slug, next));
    setStatus('');
  };
  const leave = (name: string) => { if (!left.has(name)) setLeft(new Set([...left, name])); };

  const problems = letterProblems(fields, values);
  const say = (field: LetterField, problem: FieldProblem) => format(
    problem === 'required' && field.type === 'choice' ? s.problems.requiredChoice : s.problems[problem],
    { label: field.label, max: field.type === 'textarea' || field.type === 'incidents' ? MAX_TEXT : MAX_LINE, count: cleanValue(field, values[field.name]).length },
  );
  const shownError = (field: LetterField) => {
    const problem = problems[field.name];
    return problem && (tried || (left.has(field.name) && problem !== 'required')) ? say(field, problem) : undefined;
  };
  const toFix = fields.filter((f) => problems[f.name]);

  const mode = ready ? 'filled' : 'blank';
  const segments = fillLetter(template, fields, values, { mode, lang: letterLang, blanks: letterBlanks });
  const glossed = gloss ? fillLetter(gloss, fields, values, { mode, lang, blanks: s.blanks, gloss: true }) : undefined;
  const text = letterText(segments);
  const blanks = blanksLeft(segments);

  /** Runs an action when the letter has nothing to fix; otherwise lists what to fix and moves there. */
  const act = (action: () => void | Promise<void>) => {
    setTried(true);
    if (toFix.length > 0) {
      setStatus('');
      setRefusals(refusals + 1);
      return;
    }
    void action();
  };
  const copy = () => act(async () => {
    if (await copyText(text)) setStatus(s.actions.copied);
    else {
      selectText(sheet.current);
      setStatus(s.actions.copyFailed);
    }
  });
  const print = () => act(() => {
    setStatus(s.actions.printing);
    window.print();
  });
  const download = () => act(() => {
    // The file is named after the letter, the lender (a field named `lender`, when the letter has one) and the day.
    const lenderField = fields.find((f) => f.name === 'lender');
    const lender = lenderField ? cleanValue(lenderField, values.lender) : '';
    const file = letterFileName(letterHeading(template), lender ? [lender] : [], today());
    saveFile(letterFile(text), file, 'text/plain;charset=utf-8');
    setStatus(format(s.actions.downloaded, { file }));
  });
  const clear = () => {
    if (!window.confirm(s.draft.clearConfirm)) return;
    setKept(clearDraft(slug));
    setValues({});
    setLeft(new Set());
    setTried(false);
    setRestored(undefined);
    setHanded([]);
    setStatus(s.draft.cleared);
  };

  const warning = kept === 'unavailable' ? s.draft.unavailable : kept === 'newer' ? s.draft.newer : loaded === 'corrupt' ? s.draft.corrupt : undefined;
  const labelOf = (name: string) => fields.find((f) => f.name === name)?.label ?? name;

  return (
    <div class="letter-form" data-ready={ready ? 'true' : 'false'}>
      <section class="letter-fill" aria-labelledby="letter-fill-heading" data-pagefind-ignore>
        <h3 id="letter-fill-heading">{s.formHeading}</h3>
        <p>{s.formIntro}</p>
        {handed.length > 0 && <p class="letter-notice" data-letter-handoff>{format(s.handoff, { fields: handed.map(labelOf).join(s.listSeparator) })}</p>}
        {restored && <p class="letter-notice" data-letter-restored>{format(s.draft.restored, { saved: restored })}</p>}
        <fieldset class="letter-fields" disabled={!ready}>
          {fields.map((field) => (
            <FieldControl key={field.name} field={field} value={values[field.name] ?? ''} error={shownError(field)} strings={s}
              onValue={(v) => setValue(field.name, v)} onLeave={() => leave(field.name)}>
              {field.type === 'incidents' && log && (
                <LogPicker log={log.log} state={log.state} locale={locale} strings={s} id={fieldId(field.name)}
                  value={values[field.name] ?? ''} onValue={(v) => setValue(field.name, v)} />
              )}
            </FieldControl>
          ))}
        </fieldset>
        <div class="letter-store">
          <p>{s.draft.note}</p>
          {warning && <p class="letter-store__warn" role="status">{warning}</p>}
          <button type="button" class="button button--secondary" onClick={clear} disabled={!ready}>{s.draft.clear}</button>
        </div>
      </section>

      <section class="letter-output" aria-labelledby="letter-output-heading">
        <h3 id="letter-output-heading" data-pagefind-ignore>{s.letterHeading}</h3>
        {ready && <p class="letter-output__left" data-pagefind-ignore>{blanks > 0 ? formatPlural(s.blanksLeft, blanks, lang) : s.noBlanks}</p>}
        <pre class="letter-sheet" ref={sheet} data-letter-sheet lang={letterLang}>{runs(segments)}</pre>
        {glossed && (
          <details class="letter-gloss" open data-pagefind-ignore>
            <summary>{s.glossHeading}</summary>
            <p>{s.glossNote}</p>
            <pre class="letter-sheet letter-sheet--gloss" data-letter-gloss>{runs(glossed)}</pre>
          </details>
        )}
      </section>

      <section class="letter-actions" aria-labelledby="letter-actions-heading" data-pagefind-ignore>
        <h3 id="letter-actions-heading">{s.actions.heading}</h3>
        {tried && toFix.length > 0 && (
          <div class="letter-summary" ref={summary} tabIndex={-1} role="alert">
            <p>{format(s.actions.fixFirst, { count: toFix.length })}</p>
            <ul>
              {toFix.map((field) => (
                <li key={field.name}>
                  <a href={`#${fieldId(field.name)}`} onClick={(e) => { e.preventDefault(); document.getElementById(fieldId(field.name))?.focus(); }}>
                    {field.label}{s.colon}{say(field, problems[field.name]!)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="letter-actions__buttons">
          <button type="button" class="button" onClick={copy} disabled={!ready}>{s.actions.copy}</button>
          <button type="button" class="button" onClick={print} disabled={!ready}>{s.actions.print}</button>
          <button type="button" class="button" onClick={download} disabled={!ready}>{s.actions.download}</button>
        </div>
        <p class="letter-actions__status" role="status">{status}</p>
        <div class="letter-send">
          <h4>{s.sendTo}</h4>
          <p>{sendTo}</p>
        </div>
      </section>
    </div>
  );
}
