/**
 * Versions of a procedure as they stood: which one was in force on a day, the
 * status of each, and what changed from one to the next, step by step and word
 * by word. Pure: no Astro imports, unit-tested (tests/unit/versions.test.ts).
 */
import { diffArrays } from 'diff';
import { compareVersions } from '../routes';

/** What these functions need of a change record (src/schemas/pages.ts, changeSchema). */
export interface VersionRecord { version: string; effective: string }

/**
 * The version in force on a date (YYYY-MM-DD): the one whose effective date is the
 * latest on or before it; of two taking effect the same day, the later version
 * (the earlier was never in force). Undefined before the first version took effect.
 */
export function versionInForce(changes: readonly VersionRecord[], date: string): string | undefined {
  let best: VersionRecord | undefined;
  for (const change of changes) {
    if (change.effective > date) continue;
    if (!best || change.effective > best.effective || (change.effective === best.effective && compareVersions(change.version, best.version) > 0)) best = change;
  }
  return best?.version;
}

export type VersionStatus =
  | { state: 'in-force'; since: string }
  | { state: 'upcoming'; from: string }
  /** `by` is the version that replaced it, `on` the day that one took effect. */
  | { state: 'superseded'; by: string; on: string };

/**
 * Status of one version on `today`. A version is superseded once a later version
 * has taken effect, or when a later version takes effect on (or before) the day it
 * did, so it was never in force; `by` is the first such later version.
 */
export function versionStatus(version: string, changes: readonly VersionRecord[], today: string): VersionStatus {
  const own = changes.find((c) => c.version === version);
  if (!own) throw new Error(`no change record for version ${version}`);
  const superseding = changes
    .filter((c) => compareVersions(c.version, version) > 0 && (c.effective <= today || c.effective <= own.effective))
    .sort((a, b) => compareVersions(a.version, b.version))[0];
  if (superseding) return { state: 'superseded', by: superseding.version, on: superseding.effective };
  return today < own.effective ? { state: 'upcoming', from: own.effective } : { state: 'in-force', since: own.effective };
}

/** A step as stored: sources are references ({ id }) in content, plain ids in tests. */
export interface StepLike {
  code: string;
  title: string;
  action: string;
  record?: string | undefined;
  articles?: string | undefined;
  sources?: readonly ({ id: string } | string)[] | undefined;
  internal?: boolean | undefined;
}

/** The fields compared, in the order a reader meets them on the page. */
export const stepFields = ['title', 'action', 'record', 'articles', 'sources', 'internal'] as const;
export type StepField = (typeof stepFields)[number];

/** A run of text (or, for sources, one source id; for internal, "true"/"false"), kept, added or removed. */
export interface DiffPart { value: string; added: boolean; removed: boolean }
export interface FieldDiff { field: StepField; parts: DiffPart[] }

export type StepComparison<S extends StepLike = StepLike> =
  | { code: string; state: 'added'; step: S }
  | { code: string; state: 'removed'; step: S }
  | { code: string; state: 'changed'; before: S; after: S; fields: FieldDiff[] }
  | { code: string; state: 'unchanged'; step: S };

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Words (and the punctuation and spaces between them), which join back to the text. */
export const words = (text: string): string[] => [...segmenter.segment(text)].map((s) => s.segment);

/** The tokens a field is compared by: words for text, ids for sources, one token for the flag. */
function tokensOf(step: StepLike, field: StepField): string[] {
  if (field === 'sources') return (step.sources ?? []).map((s) => (typeof s === 'string' ? s : s.id));
  if (field === 'internal') return [String(step.internal ?? false)];
  return words(step[field] ?? '');
}

interface Run { same: string[] | undefined; removed: string[]; added: string[] }
const length = (tokens: readonly string[]) => tokens.join('').length;
/** A shared whole sentence or clause stays visible as unchanged, however large the edits around it. */
const sentenceEnd = /[。；！？.;!?\n]/;

/**
 * Word-level diff of two texts' tokens. A short run of shared words between two
 * larger edits (「的」, 「单位」) is folded into them, so a rewritten clause reads
 * as one deletion and one insertion, not a patchwork (diff-match-patch's semantic
 * cleanup, on words); a shared sentence is never folded.
 */
function diffWords(before: string[], after: string[]): DiffPart[] {
  const runs: Run[] = [];
  for (const change of diffArrays(before, after)) {
    const last = runs.at(-1);
    if (!change.added && !change.removed) runs.push({ same: change.value, removed: [], added: [] });
    else {
      const edit = last && !last.same ? last : (runs.push({ same: undefined, removed: [], added: [] }), runs.at(-1)!);
      edit[change.added ? 'added' : 'removed'].push(...change.value);
    }
  }
  const size = (run: Run) => Math.max(length(run.removed), length(run.added));
  for (let i = 1; i < runs.length - 1; i++) {
    const [prev, same, next] = [runs[i - 1]!, runs[i]!, runs[i + 1]!];
    if (!same.same || prev.same || next.same) continue;
    const shared = same.same.join('');
    if (shared.length > size(prev) || shared.length > size(next) || sentenceEnd.test(shared)) continue;
    prev.removed.push(...same.same, ...next.removed);
    prev.added.push(...same.same, ...next.added);
    runs.splice(i, 2);
    i = Math.max(0, i - 3);
  }
  return runs.flatMap((run): DiffPart[] => run.same
    ? [{ value: run.same.join(''), added: false, removed: false }]
    : [
      ...(run.removed.length ? [{ value: run.removed.join(''), added: false, removed: true }] : []),
      ...(run.added.length ? [{ value: run.added.join(''), added: true, removed: false }] : []),
    ]);
}

/** Diff of two lists (sources): one part per item, so each can be shown and linked. */
const diffItems = (before: string[], after: string[]): DiffPart[] =>
  diffArrays(before, after).flatMap((change) => change.value.map((value) => ({ value, added: Boolean(change.added), removed: Boolean(change.removed) })));

/** Step codes in reading order: HV-02.2 before HV-02.10. */
export function compareCodes(a: string, b: string): number {
  const [pa = '', na = '0'] = a.split('.');
  const [pb = '', nb = '0'] = b.split('.');
  return pa.localeCompare(pb) || Number(na) - Number(nb);
}

/**
 * What happened to each step between two versions, by code, in code order: added,
 * removed, changed (with a word-level diff of each changed field), or unchanged.
 */
export function compareSteps<S extends StepLike>(oldSteps: readonly S[], newSteps: readonly S[]): StepComparison<S>[] {
  const before = new Map(oldSteps.map((s) => [s.code, s]));
  const after = new Map(newSteps.map((s) => [s.code, s]));
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodes);
  return codes.map((code): StepComparison<S> => {
    const old = before.get(code);
    const now = after.get(code);
    if (!old) return { code, state: 'added', step: now! };
    if (!now) return { code, state: 'removed', step: old };
    const fields: FieldDiff[] = [];
    for (const field of stepFields) {
      const a = tokensOf(old, field);
      const b = tokensOf(now, field);
      if (a.length === b.length && a.every((token, i) => token === b[i])) continue;
      fields.push({ field, parts: field === 'sources' ? diffItems(a, b) : diffWords(a, b) });
    }
    return fields.length ? { code, state: 'changed', before: old, after: now, fields } : { code, state: 'unchanged', step: now };
  });
}

/**
 * A whole step as parts all added (or all removed), field by field, for a step
 * that a version added or removed; empty fields are left out.
 */
export function wholeStep(step: StepLike, mark: 'added' | 'removed'): FieldDiff[] {
  const added = mark === 'added';
  return stepFields.flatMap((field): FieldDiff[] => {
    if (field === 'internal' && !step.internal) return [];
    const tokens = tokensOf(step, field);
    if (tokens.length === 0) return [];
    const values = field === 'sources' ? tokens : [tokens.join('')];
    return [{ field, parts: values.map((value) => ({ value, added, removed: !added })) }];
  });
}
