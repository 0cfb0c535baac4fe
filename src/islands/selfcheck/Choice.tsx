/** A group of radio buttons or checkboxes in a fieldset, labelled from a table of words. */
import type { ComponentChildren } from 'preact';

interface Props<K extends string> {
  legend: string;
  name: string;
  words: Record<K, string>;
  keys?: readonly K[];
  /** One value (radios) or several (checkboxes). */
  value: K | readonly K[];
  onChange: (value: K | K[]) => void;
  children?: ComponentChildren;
}

export function Choice<K extends string>({ legend, name, words, keys, value, onChange, children }: Props<K>) {
  const many = Array.isArray(value);
  const list = (keys ?? (Object.keys(words) as K[]));
  const picked = (k: K) => (many ? (value as readonly K[]).includes(k) : value === k);
  const toggle = (k: K) => {
    if (!many) return onChange(k);
    const current = value as readonly K[];
    onChange(current.includes(k) ? current.filter((x) => x !== k) : [...current, k]);
  };
  return (
    <fieldset class="sc-choice">
      <legend>{legend}</legend>
      {children}
      {list.map((k) => (
        <label class="sc-option">
          <input type={many ? 'checkbox' : 'radio'} name={name} value={k} checked={picked(k)} onChange={() => toggle(k)} />
          <span>{words[k]}</span>
        </label>
      ))}
    </fieldset>
  );
}
