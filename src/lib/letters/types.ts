/**
 * A letter as a form: its fields and its one template (content/letters/<locale>/<slug>.mdx,
 * frontmatter `fields` and `template`; schema in src/schemas/pages.ts). Plain types only,
 * so the island imports no schema code.
 */

export const letterFieldTypes = ['text', 'textarea', 'date', 'last4', 'phone', 'incidents', 'choice'] as const;
export type LetterFieldType = (typeof letterFieldTypes)[number];

/** WCAG 1.3.5: fields about the reader say what they collect. */
export const autocompleteTokens = ['name', 'tel', 'street-address'] as const;
export type AutocompleteToken = (typeof autocompleteTokens)[number];

export interface LetterField {
  /** The placeholder in the template, {name}; also the key a hand-over fills (lowerCamelCase). */
  name: string;
  /** The label beside the field, in the letter's language. */
  label: string;
  /**
   * text: one line; textarea: several lines; date: a calendar day, written out in the letter's
   * language; last4: the last four digits of an account (with idNumber, of a resident ID, whose
   * last character may be X); phone: a telephone number; incidents: several lines, and the
   * reader may tick entries of their incident log to add one line each; choice: one of `options`.
   */
  type: LetterFieldType;
  required: boolean;
  /** One line under the label: what to write, an example. */
  hint?: string | undefined;
  /** For choice: the texts offered; the one chosen goes into the letter as written. */
  options?: string[] | undefined;
  /** English letters only: what the form shows for each option (the letter keeps the Chinese option). */
  optionLabels?: string[] | undefined;
  /**
   * What the letter shows while the field is empty: in the printable no-JavaScript letter, and
   * in the filled one until the reader writes something. Default by type (src/lib/i18n/letter.ts).
   */
  blank?: string | undefined;
  /** Optional fields only: while empty, the filled letter leaves out the paragraph holding it. */
  omitIfEmpty?: boolean | undefined;
  /** last4 only: the last four characters of a resident ID number (the last one may be X). */
  idNumber?: boolean | undefined;
  autocomplete?: AutocompleteToken | undefined;
}

/** What the reader typed, by field name. Always strings; an unset field is '' or absent. */
export type LetterValues = Record<string, string>;

/** The default blanks of a language; `other` has a {label} placeholder. */
export interface BlankWords {
  date: string;
  last4: string;
  phone: string;
  other: string;
}
