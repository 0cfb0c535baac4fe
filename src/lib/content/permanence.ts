/**
 * "Codes and URLs are forever", checked on every build: everything in the registry
 * of what has been published (content/published.json, grown by `npm run permalinks`)
 * must still resolve: a page to itself or a redirect, a code to a step or its
 * tombstone. Pure, so it is unit-tested apart from Astro.
 */

export interface Registry {
  /** Every page path ever published, e.g. /procedures/on-site-conduct/. */
  pages: string[];
  /** Every procedure and step code ever published, e.g. HV-04, HV-04.5. */
  codes: string[];
}

export interface Redirect { from: string; to: string }

export function findBrokenPromises(registry: Registry, paths: ReadonlySet<string>, codes: ReadonlySet<string>, redirects: readonly Redirect[]): string[] {
  const moved = new Map(redirects.map((r) => [r.from, r.to]));
  const problems: string[] = [];
  for (const path of registry.pages) {
    if (paths.has(path)) continue;
    const to = moved.get(path);
    if (to === undefined) problems.push(`published page ${path} no longer exists: add a redirect in content/redirects.yaml (from: ${path}) or restore it`);
    else if (!paths.has(to.split('#')[0]!)) problems.push(`the redirect from ${path} goes to ${to}, which does not exist`);
  }
  for (const code of registry.codes) {
    if (!codes.has(code)) problems.push(`published code ${code} no longer exists: keep the step, or retire it in its procedure's \`retired\` list (a tombstone) with a change record`);
  }
  for (const { from } of redirects) {
    if (paths.has(from)) problems.push(`content/redirects.yaml moves ${from}, but a page still lives there`);
  }
  return problems;
}

/** A procedure whose steps differ from its archived copy of the same version was edited without a new version. */
export function findUnbumpedEdits(current: { id: string; file: string; version: string; steps: unknown }[], archived: ReadonlyMap<string, unknown>): string[] {
  return current.flatMap((p) => {
    const stored = archived.get(`${p.id}/${p.version}`);
    if (stored === undefined || JSON.stringify(stored) === JSON.stringify(p.steps)) return [];
    return [`${p.file}: its steps differ from the published v${p.version} (content/archive/${p.id}/${p.version}.mdx): raise the version and add a change record naming the steps`];
  });
}

export class PermanenceError extends Error {
  constructor(readonly problems: string[]) {
    super(`Published URLs or codes would break (${problems.length}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'PermanenceError';
  }
}
