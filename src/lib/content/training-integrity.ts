/**
 * The training path's cross-file checks: every question's basis and every drill's
 * broken rule names a current step, right or script of its language; every module
 * has its question bank and every bank its module; reading lists point at real pages;
 * every procedure is covered by a module (its page links there). Pure, like integrity.ts.
 */
import type { Corpus, PlainEntry } from './integrity';

const localeOf = (id: string) => id.split('/')[0] ?? '';
const where = (collection: string, entry: PlainEntry) => entry.filePath ?? `${collection}/${entry.id}`;

interface Step { code: string }
interface Retired { code: string }

export function findTrainingProblems(corpus: Corpus): string[] {
  const problems: string[] = [];
  const modules = corpus.modules ?? [];
  const quizzes = corpus.quizzes ?? [];
  const drills = corpus.drills ?? [];
  const has = (collection: string, id: string) => (corpus[collection] ?? []).some((e) => e.id === id);

  // Current and retired step codes, per language.
  const steps = new Set<string>();
  const retired = new Set<string>();
  for (const p of corpus.procedures ?? []) {
    for (const s of (p.data.steps as Step[] | undefined) ?? []) steps.add(`${localeOf(p.id)}:${s.code}`);
    for (const r of (p.data.retired as Retired[] | undefined) ?? []) retired.add(`${localeOf(p.id)}:${r.code}`);
  }
  /** Why a basis does not resolve in this language, or undefined when it does. */
  const unresolved = (locale: string, basis: string): string | undefined => {
    const page = /^(rights|scripts)\/(.+)$/.exec(basis);
    if (page) return has(page[1]!, `${locale}/${page[2]}`) ? undefined : `${basis} is not a page of this language`;
    if (steps.has(`${locale}:${basis}`)) return undefined;
    return retired.has(`${locale}:${basis}`) ? `${basis} is a retired step: test the step that replaced it` : `${basis} is not a step of any procedure`;
  };

  const seenOrder = new Map<string, string>();
  for (const m of modules) {
    const file = where('modules', m);
    const locale = localeOf(m.id);
    ((m.data.reading as string[] | undefined) ?? []).forEach((ref, i) => {
      if (!has(ref.split('/')[0]!, `${locale}/${ref.split('/')[1]}`)) problems.push(`${file}: field "reading[${i}]" names ${ref}, which does not exist in ${locale}`);
    });
    const key = `${locale}:${m.data.order}`;
    if (seenOrder.has(key)) problems.push(`${file}: field "order" ${m.data.order} is already used by ${seenOrder.get(key)}`);
    else seenOrder.set(key, file);
    if (!quizzes.some((q) => q.id === m.id)) problems.push(`${file}: the module has no question bank; add content/quizzes/${m.id}.yaml`);
  }

  for (const quiz of quizzes) {
    const file = where('quizzes', quiz);
    if (!modules.some((m) => m.id === quiz.id)) problems.push(`${file}: there is no module ${quiz.id}; a question bank is named after its module`);
    const questions = (quiz.data.questions as { id: string; basis: string | string[] }[] | undefined) ?? [];
    questions.forEach((q, i) => [q.basis].flat().forEach((basis, j) => {
      const why = unresolved(localeOf(quiz.id), basis);
      if (why) problems.push(`${file}: question "${q.id}" (questions[${i}].basis[${j}]): ${why}`);
    }));
  }

  for (const drill of drills) {
    const file = where('drills', drill);
    const nodes = (drill.data.nodes as { id: string; choices: { breaks?: string }[] }[] | undefined) ?? [];
    nodes.forEach((n, i) => n.choices.forEach((c, j) => {
      const why = c.breaks ? unresolved(localeOf(drill.id), c.breaks) : undefined;
      if (why) problems.push(`${file}: node "${n.id}" (nodes[${i}].choices[${j}].breaks): ${why}`);
    }));
  }

  // Once a language has modules, every procedure of it belongs to one (its page links to the module).
  for (const p of corpus.procedures ?? []) {
    const locale = localeOf(p.id);
    const own = modules.filter((m) => localeOf(m.id) === locale);
    if (own.length && !own.some((m) => ((m.data.covers as { id: string }[] | undefined) ?? []).some((c) => c.id === p.id))) {
      problems.push(`${where('procedures', p)}: no training module covers ${p.data.code}; add it to a module's "covers"`);
    }
  }
  return problems;
}
