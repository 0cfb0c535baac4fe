/**
 * Copies the valid fixture corpus to a temporary folder, lets a test break things
 * in it, and runs the real `astro sync` (schemas only) or `astro build` (schemas,
 * then the integrity check when the pages are generated) on it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const projectRoot = resolve(import.meta.dirname, '../../..');
const fixture = join(projectRoot, 'tests/fixtures/corpus');

// Inside the project (and git-ignored): Vite will not compile MDX from outside its root.
const scratch = join(projectRoot, 'tests/.out');

export function copyCorpus(): string {
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, 'corpus-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Replace text in a file of a copied corpus; fails loudly if the text is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
  writeFileSync(path, after);
}

export interface BuildResult { status: number | null; output: string; /** The built site, when asked to keep it (the caller removes it). */ outDir?: string }

/** The environment without Vitest's own variables (NODE_ENV=test, VITEST…), which change how Vite builds. */
function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'));
}

/**
 * Runs `astro <command>` on the corpus in `dir`, with its own output folder and
 * content store (so nothing is shared with the real site's dist/ or cache).
 * Note: Astro still writes its generated types to the project's .astro/.
 */
function runAstro(command: 'build' | 'sync', dir: string, keepOutput = false): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: projectRoot,
    env: { ...buildEnv(), CONTENT_DIR: dir, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 110_000,
  });
  for (const dir of keepOutput ? [cacheDir] : [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
  // Strip ANSI colours so assertions read the message a person would read.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, ...(keepOutput ? { outDir } : {}) };
}

/** Full `astro build`: needed for the integrity check, which runs when pages are generated. */
export const buildCorpus = (dir: string, keepOutput = false): BuildResult => runAstro('build', dir, keepOutput);

/** `astro sync`: loads every entry through its schema, without rendering or indexing anything. */
export const syncCorpus = (dir: string): BuildResult => runAstro('sync', dir);
