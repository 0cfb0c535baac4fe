/**
 * The training path as the pages need it, from the checked corpus: modules in
 * order, the module that covers a procedure, each module's questions with their
 * basis resolved to a title and a link, and what the dashboard needs to tell a
 * trainee which steps changed since they completed a module.
 */
import { getSite, type ModuleEntry, type DrillEntry, type Site } from './site';
import { entryUrl } from './kinds';
import { localeOfId, localePath, slugOfId, type Locale } from '../i18n/locales';
import type { Basis, QuizQuestion } from '../training/quiz';
import type { CoveredProcedure } from '../training/refresher';

const inLocale = <T extends { id: string }>(list: T[], locale: Locale) => list.filter((e) => localeOfId(e.id) === locale);

export const moduleUrl = (id: string): string => localePath(localeOfId(id), `/training/${slugOfId(id)}/`);
export const drillUrl = (id: string): string => localePath(localeOfId(id), `/training/drills/${slugOfId(id)}/`);
/** The module's questions, one JSON file per module, fetched when the trainee starts the check. */
export const questionsUrl = (id: string): string => `${moduleUrl(id)}questions.json`;

export async function modulesOf(locale: Locale): Promise<ModuleEntry[]> {
  return inLocale((await getSite()).modules, locale).sort((a, b) => a.data.order - b.data.order);
}

export async function drillsOf(locale: Locale, moduleId?: string): Promise<DrillEntry[]> {
  return inLocale((await getSite()).drills, locale)
    .filter((d) => moduleId === undefined || d.data.module.id === moduleId)
    .sort((a, b) => a.data.order - b.data.order);
}

/** The modules that teach a procedure (every procedure has one; the build checks). */
export async function modulesCovering(procedureId: string): Promise<ModuleEntry[]> {
  return (await getSite()).modules.filter((m) => m.data.covers.some((c) => c.id === procedureId)).sort((a, b) => a.data.order - b.data.order);
}

/** A basis (HV-04.5, rights/<slug>, scripts/<slug>) as a title and a link in the module's language. */
export function resolveBasis(site: Site, locale: Locale, basis: string): Basis {
  const page = /^(rights|scripts)\/(.+)$/.exec(basis);
  if (page) {
    const kind = page[1] as 'rights' | 'scripts';
    const entry = site.pages[kind].find((e) => e.id === `${locale}/${page[2]}`);
    if (!entry) throw new Error(`no ${basis} in ${locale}`);
    return { label: entry.data.title, title: entry.data.title, href: entryUrl(kind, entry.id) };
  }
  for (const p of inLocale(site.pages.procedures, locale)) {
    const step = p.data.steps.find((s) => s.code === basis);
    if (step) return { label: basis, title: step.title, href: `${entryUrl('procedures', p.id)}#${basis}`, code: basis };
  }
  throw new Error(`no step ${basis} in ${locale}`);
}

/** The module's questions as the quiz island reads them. */
export async function quizOf(moduleId: string): Promise<QuizQuestion[]> {
  const site = await getSite();
  const quiz = site.quizzes.find((q) => q.id === moduleId);
  if (!quiz) throw new Error(`no question bank for ${moduleId}`);
  const locale = localeOfId(moduleId);
  return quiz.data.questions.map((q) => ({
    id: `${slugOfId(moduleId)}/${q.id}`,
    type: q.type,
    ...(q.situation ? { situation: q.situation } : {}),
    prompt: q.prompt,
    options: q.options,
    basis: q.basis.map((b) => resolveBasis(site, locale, b)),
  }));
}

/** The procedures a module covers, with their versions and change records (for the record and refreshers). */
export async function coveredBy(module: ModuleEntry): Promise<CoveredProcedure[]> {
  const site = await getSite();
  return module.data.covers.map((ref) => {
    const p = site.pages.procedures.find((e) => e.id === ref.id);
    if (!p) throw new Error(`${module.id}: no procedure ${ref.id}`);
    return {
      code: p.data.code, title: p.data.title, version: p.data.version,
      changes: p.data.changes.map((c) => ({ version: c.version, added: c.added, changed: c.changed, removed: c.removed })),
    };
  });
}
