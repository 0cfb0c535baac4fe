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
    if (!(letter.body ?? '').includes(letterTag)) {
      problems.push(`${file}: the body never shows the letter: put ${letterTag} where its text goes`);
    }
  }
  return problems;
}
