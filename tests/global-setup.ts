/**
 * Before the unit tests: make sure Astro's content store reflects content/ now,
 * by running the real `astro sync` when any content file is newer than the store.
 * (`npm test` has just run `astro check`, which syncs, so this is usually free.)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { storePath } from './unit/helpers/corpus';
import { projectRoot } from './unit/helpers/fixture-corpus';

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  // Authors checking one file from disk (training-files.test.ts) may skip the store.
  if (process.env.SKIP_CONTENT_SYNC === '1') return;
  const stale = !existsSync(storePath) || statSync(storePath).mtimeMs < newestIn(join(projectRoot, 'content'));
  if (!stale) return;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: projectRoot, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro sync failed, so the content cannot be checked:\n${result.stdout}\n${result.stderr}`);
}
