/**
 * The training content as the tests need it, read from content/ (never hard-coded):
 * modules with what they cover, their question banks, the drills, and each
 * procedure's current version and change record.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const content = join(import.meta.dirname, '../../../content');
const frontmatter = (path: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))![1]!);
const files = (dir: string, ext: string) => readdirSync(join(content, dir)).filter((f) => f.endsWith(ext));

export interface Option { text: string; correct?: boolean; why: string }
export interface Question { id: string; type: string; prompt: string; basis: string | string[]; options: Option[] }
export interface Change { version: string; added?: string[]; changed?: string[]; removed?: string[] }
export interface Procedure { id: string; slug: string; code: string; version: string; changes: Change[] }
export interface Module { slug: string; title: string; covers: string[]; questions: Question[] }
export interface DrillChoice { say: string; next?: string; breaks?: string; consequence?: string }
export interface Drill { slug: string; title: string; start: string; nodes: { id: string; they: string; end?: string; choices?: DrillChoice[] }[] }

export const procedures: Procedure[] = files('procedures/zh-cn', '.mdx').map((f) => {
  const data = frontmatter(join(content, 'procedures/zh-cn', f));
  return { id: `zh-cn/${f.replace('.mdx', '')}`, slug: f.replace('.mdx', ''), code: data.code, version: data.version, changes: data.changes };
});

export const modules: Module[] = files('modules/zh-cn', '.mdx').map((f) => {
  const slug = f.replace('.mdx', '');
  const data = frontmatter(join(content, 'modules/zh-cn', f));
  const bank = parse(readFileSync(join(content, 'quizzes/zh-cn', `${slug}.yaml`), 'utf8'));
  return { slug, title: data.title, covers: data.covers ?? [], questions: bank.questions };
}).sort((a, b) => a.slug.localeCompare(b.slug));

export const drills: Drill[] = files('drills/zh-cn', '.yaml').map((f) => ({ slug: f.replace('.yaml', ''), ...parse(readFileSync(join(content, 'drills/zh-cn', f), 'utf8')) }));

export const basisOf = (q: Question): string[] => [q.basis].flat();
export const rightAnswers = (q: Question): number[] => q.options.flatMap((o, i) => (o.correct ? [i] : []));

/** Step codes a procedure's versions after `from` added or changed (what a refresher asks about). */
export function changedAfter(p: Procedure, from: string): string[] {
  const [fm, fn] = from.split('.').map(Number);
  const later = p.changes.filter((c) => { const [m, n] = c.version.split('.').map(Number); return m! > fm! || (m === fm && n! > fn!); });
  const removed = later.flatMap((c) => c.removed ?? []);
  return [...new Set(later.flatMap((c) => [...(c.added ?? []), ...(c.changed ?? [])]))].filter((c) => !removed.includes(c));
}
