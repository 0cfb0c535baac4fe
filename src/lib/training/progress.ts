/**
 * A trainee's progress, as kept in the browser's localStorage and nowhere else.
 * No name, no employer, no free text: module slugs, days, scores and the versions
 * of the procedures a module was completed against. Versioned (`schema`), so a
 * later shape can migrate or refuse an older one instead of misreading it.
 * Pure: the island reads and writes the string; this module only parses and builds.
 */
import { readVersioned, type StoredState } from '../stored';
export const STORAGE_KEY = 'training-progress';
export const SCHEMA = 1;
/** Share of right answers that completes a module. */
export const PASS_MARK = 0.8;

export interface Attempt {
  /** Day of the attempt, YYYY-MM-DD, local time. */
  date: string;
  score: number;
  total: number;
}

export interface Completion extends Attempt {
  /** Version of each covered procedure (by code, e.g. HV-04) the module was completed against. */
  versions: Record<string, string>;
  /** Day of the last refresher that brought the versions up to date. */
  refreshed?: string;
}

export interface ModuleProgress {
  /** The last full knowledge check. */
  last: Attempt;
  /** The last passing check, or refresher since: what the completion record prints. */
  completed?: Completion;
}

export interface DrillProgress { date: string; mistakes: number }

export interface Progress {
  schema: typeof SCHEMA;
  modules: Record<string, ModuleProgress>;
  drills: Record<string, DrillProgress>;
}

/** What reading the stored string found: nothing yet, a record, or one that cannot be trusted. */
export type ReadState = StoredState;

export const emptyProgress = (): Progress => ({ schema: SCHEMA, modules: {}, drills: {} });

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isAttempt = (v: unknown): v is Attempt => {
  const a = v as Attempt;
  return typeof a === 'object' && a !== null && isDay(a.date) && isCount(a.score) && isCount(a.total) && a.total > 0 && a.score <= a.total;
};
const isVersions = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && Object.entries(v).every(([k, s]) => /^[A-Z]{2,4}-\d{2}$/.test(k) && typeof s === 'string' && /^\d+\.\d+$/.test(s));
const isModule = (v: unknown): v is ModuleProgress => {
  const m = v as ModuleProgress;
  if (typeof m !== 'object' || m === null || !isAttempt(m.last)) return false;
  if (m.completed === undefined) return true;
  return isAttempt(m.completed) && isVersions(m.completed.versions) && (m.completed.refreshed === undefined || isDay(m.completed.refreshed));
};
const isDrill = (v: unknown): v is DrillProgress => isDay((v as DrillProgress)?.date) && isCount((v as DrillProgress)?.mistakes);
const isMap = <T>(v: unknown, item: (x: unknown) => x is T): v is Record<string, T> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(item);

/**
 * The progress in a stored string. Anything malformed is `corrupt` (and the trainee
 * starts afresh, told so); a record from a newer schema is `newer` and left alone.
 */
export function parseProgress(raw: string | null): { progress: Progress; state: ReadState } {
  const { value, state } = readVersioned<Progress>(raw, SCHEMA, (p) => isMap(p.modules, isModule) && isMap(p.drills, isDrill), emptyProgress);
  return { progress: { schema: SCHEMA, modules: value.modules, drills: value.drills }, state };
}

export const passed = (a: Attempt): boolean => a.score / a.total >= PASS_MARK;

/** After a full knowledge check: the attempt, and a completion against today's versions if it passed. */
export function withCheck(progress: Progress, module: string, attempt: Attempt, versions: Record<string, string>): Progress {
  const before = progress.modules[module];
  const completed = passed(attempt) ? { ...attempt, versions } : before?.completed;
  return { ...progress, modules: { ...progress.modules, [module]: { last: attempt, ...(completed ? { completed } : {}) } } };
}

/** After a refresher: the completion now stands against today's versions. */
export function withRefresher(progress: Progress, module: string, versions: Record<string, string>, date: string): Progress {
  const before = progress.modules[module];
  if (!before?.completed) return progress;
  const completed = { ...before.completed, versions: { ...before.completed.versions, ...versions }, refreshed: date };
  return { ...progress, modules: { ...progress.modules, [module]: { ...before, completed } } };
}

export function withDrill(progress: Progress, drill: string, result: DrillProgress): Progress {
  return { ...progress, drills: { ...progress.drills, [drill]: result } };
}

export { today } from '../today';
