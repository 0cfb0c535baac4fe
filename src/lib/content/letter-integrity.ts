/**
 * A letter's form and its one text agree: every {placeholder} of the template names one of
 * its fields, every field is used in the template, and the body shows the letter with
 * <Letter letter={props.letter} />. Pure, like integrity.ts; each problem names the file
 * and the field.
 */
import type { Corpus, PlainEntry } from './integrity';
import { placeholdersIn } from '../letters/template';

const where = (entry: PlainEntry) => entry.filePath ?? `letters/${entry.id}`;
/** The kit component that shows the letter, as the body must write it. */
export const letterTag = '<Letter letter={props.letter} />';

export function findLetterProblems(corpus: Corpus): string[] {
  const problems: string[] = [];
  for (const letter of corpus.letters ?? []) {
    const { template, fields } = letter.data as { template?: unknown; fields?: { name: string }[] };
    if (typeof template !== 'string') continue; // the schema reports a letter without a template
    const file = where(letter);
    const names = (fields ?? []).map((f) => f.name);
    const used = placeholdersIn(template);
    for (const name of used.filter((n) => !names.includes(n))) {
      problems.push(`${file}: field "template" uses {${name}}, which names none of its fields (${names.join(', ') || 'none declared'})`);
    }
    names.forEach((name, i) => {
      if (!used.includes(name)) problems.push(`${file}: field "fields[${i}]" (${name}) is never used in the template: add {${name}} to it or remove the field`);
    });
    // English letters send the Chinese text: they gloss it in English and label the Chinese options.
    const english = letter.id.startsWith('en/');
    const { gloss } = letter.data as { gloss?: unknown };
    if (english && typeof gloss !== 'string') problems.push(`${file}: field "gloss" is missing: an English letter shows what its Chinese text says`);
    if (!english && gloss !== undefined) problems.push(`${file}: field "gloss" belongs to English letters only`);
    if (typeof gloss === 'string') {
      for (const name of placeholdersIn(gloss).filter((n) => !names.includes(n))) problems.push(`${file}: field "gloss" uses {${name}}, which names none of its fields`);
    }
    (fields ?? []).forEach((f, i) => {
      const field = f as { name: string; options?: unknown; optionLabels?: unknown };
      if (english && field.options && !field.optionLabels) problems.push(`${file}: field "fields[${i}].optionLabels" is missing: say in English what each Chinese option means`);
      if (!english && field.optionLabels) problems.push(`${file}: field "fields[${i}].optionLabels" belongs to English letters only`);
    });
    if (!(letter.body ?? '').includes(letterTag)) {
      problems.push(`${file}: the body never shows the letter: put ${letterTag} where its text goes`);
    }
  }
  return problems;
}
