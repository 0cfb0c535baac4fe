/**
 * The reader's incident log as tick boxes under an `incidents` field: each entry is one
 * line (entryLine), oldest first as a complaint tells it. Ticking adds the line to the
 * field's text, unticking takes that exact line out; a box is ticked while its line is
 * in the text, so an edited line simply stops being the entry's.
 */
import type { Locale } from '../../lib/i18n/locales';
import type { LetterStrings } from '../../lib/i18n/letter';
import { entryLine, sortedEntries, type IncidentLog } from '../../lib/incidents/log';
import type { Kept } from '../../lib/incidents/storage';
import { hasLine, toggleLine } from '../../lib/letters/fields';

interface Props {
  log: IncidentLog;
  state: Kept;
  locale: Locale;
  strings: LetterStrings;
  value: string;
  onValue: (value: string) => void;
  id: string;
}

export function LogPicker({ log, state, locale, strings: s, value, onValue, id }: Props) {
  const lines = sortedEntries(log).reverse().map((e) => ({ id: e.id, line: entryLine(e, s.log.words, locale).replace(/\s*\n\s*/g, ' ') }));
  const notice = state === 'unavailable' ? s.log.unavailable : state === 'corrupt' ? s.log.corrupt : state === 'newer' ? s.log.newer
    : lines.length === 0 ? s.log.empty : undefined;
  return (
    <fieldset class="letter-log" data-letter-log>
      <legend>{s.log.legend}</legend>
      {notice ? <p class="letter-field__hint">{notice}</p> : (
        <>
          <p class="letter-field__hint" id={`${id}-log-hint`}>{s.log.hint}</p>
          <ul class="letter-log__entries">
            {lines.map(({ id: entry, line }) => (
              <li key={entry}>
                <label>
                  <input type="checkbox" value={entry} checked={hasLine(value, line)} aria-describedby={`${id}-log-hint`}
                    onChange={(e) => onValue(toggleLine(value, line, e.currentTarget.checked))} />
                  <span>{line}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
