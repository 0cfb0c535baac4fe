/**
 * Which coded steps changed since a module was completed. A completion keeps the
 * version of every procedure the module covered; each procedure's change record
 * names the step codes each later version added, changed or removed.
 */
import { compareVersions } from '../routes';

export interface CoveredProcedure {
  code: string;
  title: string;
  /** The current version and the page that shows what each version changed. */
  version: string;
  changes: { version: string; added: string[]; changed: string[]; removed: string[] }[];
}

export interface StepsChanged {
  code: string;
  title: string;
  from: string;
  to: string;
  /** Steps added or changed since `from` (a refresher asks about these). */
  steps: string[];
  /** Steps retired since `from` (nothing to ask; the trainee is told). */
  removed: string[];
}

/** The steps of one procedure that changed after version `from`, up to its current version. */
export function changedSince(procedure: CoveredProcedure, from: string): StepsChanged {
  const later = procedure.changes.filter((c) => compareVersions(c.version, from) > 0 && compareVersions(c.version, procedure.version) <= 0);
  const unique = (codes: string[]) => [...new Set(codes)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const removed = unique(later.flatMap((c) => c.removed));
  return {
    code: procedure.code, title: procedure.title, from, to: procedure.version,
    steps: unique(later.flatMap((c) => [...c.added, ...c.changed])).filter((s) => !removed.includes(s)),
    removed,
  };
}

/**
 * For a completed module: each covered procedure now at a newer version than the
 * one it was completed against, with the steps that changed. Empty when up to date.
 * A procedure the completion has no version for (added to the module later) is not
 * reported: there is nothing to compare.
 */
export function refreshersDue(versions: Record<string, string>, covers: readonly CoveredProcedure[]): StepsChanged[] {
  return covers
    .filter((p) => versions[p.code] !== undefined && compareVersions(p.version, versions[p.code]!) > 0)
    .map((p) => changedSince(p, versions[p.code]!));
}

/** The current version of each covered procedure, as a completion stores it. */
export const currentVersions = (covers: readonly CoveredProcedure[]): Record<string, string> =>
  Object.fromEntries(covers.map((p) => [p.code, p.version]));
