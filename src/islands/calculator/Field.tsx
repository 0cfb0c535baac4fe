/** A labelled text field with its unit, help text and, as the reader types, its error. */
import type { ComponentChildren, TargetedEvent } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  unit?: string;
  help?: string;
  error?: string | undefined;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric';
  min?: string;
  max?: string;
  compact?: boolean;
  /** shown under the error: a question or note about this field */
  children?: ComponentChildren;
}

export function Field({ id, label, value, onValue, unit, help, error, type = 'text', inputMode, min, max, compact, children }: FieldProps) {
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const onInput = (event: TargetedEvent<HTMLInputElement>) => onValue(event.currentTarget.value);
  return (
    <div class={`calc-field${compact ? ' calc-field--compact' : ''}${error ? ' calc-field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <div class="calc-field__control">
        <input
          id={id}
          name={id}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          min={min}
          max={max}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={onInput}
        />
        {unit && <span class="calc-field__unit">{unit}</span>}
      </div>
      {help && !compact && (
        <p id={`${id}-help`} class="calc-field__help">
          {help}
        </p>
      )}
      <p id={`${id}-error`} class="calc-field__error" aria-live="polite">
        {error ?? ''}
      </p>
      {children}
    </div>
  );
}
