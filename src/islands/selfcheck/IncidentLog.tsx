/**
 * The borrower's private log of contacts: add, delete, send one to the self-check,
 * export as CSV (Excel, WPS), print. Kept in this browser only (lib/incidents).
 */
import { useState } from 'preact/hooks';
import type { SelfcheckStrings } from '../../lib/i18n/selfcheck';
import { logCsv, newEntryId, sortedEntries, withEntry, withoutEntry, type IncidentLog as Log, type LogEntry } from '../../lib/incidents/log';
import { clearLog, saveLog, type Kept } from '../../lib/incidents/storage';
import { today } from '../../lib/today';
import { channels, persons, type Channel, type Person } from '../../lib/selfcheck/types';
import { Choice } from './Choice';
import { saveFile } from '../shared/save-file';

interface Props {
  s: SelfcheckStrings;
  log: Log;
  state: Kept;
  onChange: (log: Log, state: Kept) => void;
  onCheck: (entry: LogEntry) => void;
}

const blank = (): Omit<LogEntry, 'id'> => ({ date: today(), time: '', channel: 'phone', who: '', contacted: [], said: '', evidence: '' });

export function IncidentLog({ s, log, state, onChange, onCheck }: Props) {
  const l = s.log;
  const [draft, setDraft] = useState<Omit<LogEntry, 'id'> | undefined>();
  const [timeError, setTimeError] = useState(false);
  const words = { channel: s.form.channels, person: s.form.persons, columns: l.columns };
  const entries = sortedEntries(log);
  const save = (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    if (draft.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time)) { setTimeError(true); return; }
    const result = saveLog((current) => withEntry(current, { ...draft, id: newEntryId() }));
    onChange(result.log, result.state);
    setDraft(undefined);
  };
  const remove = (id: string) => {
    if (!window.confirm(l.removeConfirm)) return;
    const result = saveLog((current) => withoutEntry(current, id));
    onChange(result.log, result.state);
  };
  const exportCsv = () => saveFile(logCsv(log, words), `${l.fileName}-${today()}.csv`, 'text/csv;charset=utf-8');
  const print = () => {
    document.documentElement.dataset.print = 'log';
    window.addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
    window.print();
  };
  const clear = () => {
    if (!window.confirm(l.clearConfirm)) return;
    onChange({ schema: 1, entries: [] }, clearLog());
  };
  const set = <K extends keyof LogEntry>(key: K, value: LogEntry[K]) => draft && setDraft({ ...draft, [key]: value });
  const warn = state === 'corrupt' || state === 'newer' || state === 'unavailable';
  return (
    <section class="incident-log" aria-labelledby="incident-log">
      <h2 id="incident-log">{l.title}</h2>
      <p>{l.intro}</p>
      <p class="sc-privacy">{l.privacy}</p>
      <p class={warn ? 'training-storage training-storage--warn' : 'training-storage'} role={warn ? 'status' : undefined}>{l.state[state]}</p>
      {entries.length === 0 ? <p>{l.empty}</p> : (
        <ol class="log-entries">
          {entries.map((e) => (
            <li data-entry={e.id}>
              <p class="log-when"><strong>{e.date} {e.time}</strong> · {s.form.channels[e.channel]}{e.who && ` · ${e.who}`}</p>
              {e.contacted.length > 0 && <p>{s.form.contacted}{s.colon}{e.contacted.map((p) => s.form.persons[p]).join(' · ')}</p>}
              {e.said && <p>{e.said}</p>}
              {e.evidence && <p class="log-evidence">{l.evidence}{s.colon}{e.evidence}</p>}
              <p class="log-actions no-print">
                <button type="button" class="button button--secondary" onClick={() => onCheck(e)}>{l.check}</button>
                <button type="button" class="button button--secondary" onClick={() => remove(e.id)}>{l.remove}</button>
              </p>
            </li>
          ))}
        </ol>
      )}
      {draft ? (
        <form class="log-form" onSubmit={save}>
          <div class="sc-row">
            <label>{s.form.date}<input type="date" required value={draft.date} onInput={(e) => set('date', e.currentTarget.value)} /></label>
            <label>{s.form.time}<input type="text" inputMode="numeric" placeholder="21:30" value={draft.time} aria-invalid={timeError} aria-describedby={timeError ? 'log-time-error' : undefined}
              onInput={(e) => { setTimeError(false); set('time', e.currentTarget.value); }} /></label>
          </div>
          {timeError && <p class="field-error" id="log-time-error">{s.errors.time}</p>}
          <Choice legend={s.form.channel} name="log-channel" words={s.form.channels} keys={channels} value={draft.channel} onChange={(v) => set('channel', v as Channel)} />
          <label>{l.who}<input type="text" maxLength={200} placeholder={l.whoHint} value={draft.who} onInput={(e) => set('who', e.currentTarget.value)} /></label>
          <Choice legend={s.form.contacted} name="log-contacted" words={s.form.persons} keys={persons.filter((p) => p !== 'borrower')} value={draft.contacted} onChange={(v) => set('contacted', v as Person[])} />
          <label>{l.said}<textarea rows={4} maxLength={4000} value={draft.said} onInput={(e) => set('said', e.currentTarget.value)} /></label>
          <label>{l.evidence}<input type="text" maxLength={500} value={draft.evidence} onInput={(e) => set('evidence', e.currentTarget.value)} /></label>
          <p class="log-actions"><button type="submit" class="button">{l.save}</button> <button type="button" class="button button--secondary" onClick={() => setDraft(undefined)}>{l.cancel}</button></p>
        </form>
      ) : (
        <p class="log-actions no-print">
          <button type="button" class="button" onClick={() => setDraft(blank())}>{l.add}</button>
          {entries.length > 0 && <>
            <button type="button" class="button button--secondary" onClick={exportCsv}>{l.csv}</button>
            <button type="button" class="button button--secondary" onClick={print}>{l.print}</button>
            <button type="button" class="button button--secondary" onClick={clear}>{l.clear}</button>
          </>}
        </p>
      )}
    </section>
  );
}
