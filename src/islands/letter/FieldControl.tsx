/**
 * One field of a letter: its label (and whether it is required), its hint, the control
 * its type asks for, and beside it, once the reader has left it or tried to use the
 * letter, what is wrong with it. An `incidents` field also offers the incident log.
 */
import type { ComponentChildren } from 'preact';
import type { LetterField } from '../../lib/letters/types';
import type { LetterStrings } from '../../lib/i18n/letter';

export const fieldId = (name: string) => `letter-${name}`;

interface Props {
  field: LetterField;
  value: string;
  /** The message to show, when there is one to show now. */
  error: string | undefined;
  strings: LetterStrings;
  onValue: (value: string) => void;
  onLeave: () => void;
  /** Under the control: the incident log picker. */
  children?: ComponentChildren;
}

export function FieldControl({ field, value, error, strings: s, onValue, onLeave, children }: Props) {
  const id = fieldId(field.name);
  const described = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const wide = field.type === 'textarea' || field.type === 'incidents' || field.type === 'choice';
  const invalid = error ? 'true' : undefined;
  const label = <>{field.label}{field.required && <span class="letter-field__required">{s.required}</span>}</>;
  const hint = field.hint && <p id={`${id}-hint`} class="letter-field__hint">{field.hint}</p>;
  const message = <p id={`${id}-error`} class="letter-field__error" aria-live="polite">{error ?? ''}</p>;
  const cls = `letter-field${wide ? ' letter-field--wide' : ''}${error ? ' letter-field--invalid' : ''}`;

  if (field.type === 'choice') {
    const options = field.options ?? [];
    // An English letter shows what each Chinese option means; the letter keeps the Chinese.
    const shown = (i: number) => field.optionLabels?.[i] ?? options[i];
    // One option is a tick box; several are radio buttons, with "leave it out" when optional.
    if (options.length === 1) {
      return (
        <div class={cls}>
          <label class="letter-field__tick">
            <input type="checkbox" id={id} name={field.name} checked={value === options[0]} aria-describedby={described} aria-invalid={invalid}
              onChange={(e) => { onValue(e.currentTarget.checked ? options[0]! : ''); onLeave(); }} />
            <span><span class="letter-field__label">{label}</span><span class="letter-field__option">{shown(0)}</span></span>
          </label>
          {hint}{message}
        </div>
      );
    }
    const choices = field.required ? options : [...options, ''];
    return (
      <fieldset class={cls} aria-describedby={described}>
        <legend class="letter-field__label">{label}</legend>
        {hint}
        <div class="letter-field__choices">
          {choices.map((option, i) => (
            <label key={option}>
              <input type="radio" name={field.name} id={i === 0 ? id : undefined} value={option} checked={value === option}
                onChange={() => { onValue(option); onLeave(); }} />
              {option ? shown(i) : s.noChoice}
            </label>
          ))}
        </div>
        {message}
      </fieldset>
    );
  }

  const common = {
    id, name: field.name, value, 'aria-describedby': described, 'aria-invalid': invalid, 'aria-required': field.required ? 'true' : undefined,
    autoComplete: field.autocomplete ?? (field.type === 'phone' ? 'tel' : 'off'), spellcheck: false,
    onBlur: onLeave,
  } as const;
  return (
    <div class={cls}>
      <label for={id} class="letter-field__label">{label}</label>
      {hint}
      {field.type === 'textarea' || field.type === 'incidents'
        ? <textarea {...common} rows={field.type === 'incidents' ? 7 : 4} onInput={(e) => onValue(e.currentTarget.value)} />
        : <input {...common}
            type={field.type === 'date' ? 'date' : field.type === 'phone' ? 'tel' : 'text'}
            inputMode={field.type === 'last4' ? (field.idNumber ? 'text' : 'numeric') : undefined}
            class={field.type === 'last4' ? 'letter-field__short' : undefined}
            onInput={(e) => onValue(e.currentTarget.value)} />}
      {message}
      {children}
    </div>
  );
}
