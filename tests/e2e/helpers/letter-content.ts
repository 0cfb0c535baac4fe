/** The letters as the tests need them, read from content/letters/ (never hard-coded): fields and template. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LetterField } from '../../../src/lib/letters/types';

const dir = join(import.meta.dirname, '../../../content/letters/zh-cn');
const frontmatter = (path: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))![1]!);

export interface Letter { slug: string; title: string; fields: LetterField[]; template: string; sendTo: string }

export const letters: Letter[] = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => {
  const data = frontmatter(join(dir, f));
  return { slug: f.replace(/\.mdx$/, ''), title: data.title, sendTo: data.sendTo, template: data.template, fields: data.fields.map((x: Omit<LetterField, 'required'> & { required?: boolean }) => ({ ...x, required: x.required ?? false })) };
});
