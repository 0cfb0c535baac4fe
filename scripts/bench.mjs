/**
 * `npm run bench`: issue 15's numbers in one run, each part printing its own table.
 *   1. Lighthouse, mobile, on the built site (scripts/bench-lighthouse.mjs; builds first if dist/ is missing).
 *   2. The scale table at 200, 1,000 and 5,000 entries, beside a stock Starlight site built from
 *      the same corpus (scripts/bench-scale.mjs), with every page's budgets checked at each size.
 * Options go to the part they concern: --runs N (Lighthouse), --sizes a,b,c and --no-starlight (scale);
 * --only lighthouse|scale runs one part. Benchmarks, not tests: scores below target do not fail it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const value = (name) => { const i = argv.indexOf(`--${name}`); return i < 0 ? undefined : argv[i + 1]; };
const only = value('only');
const run = (script, args) => {
  console.log(`\n=== ${script} ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} exited with ${result.status}`);
};

if (!only || only === 'lighthouse') {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  run('bench-lighthouse.mjs', value('runs') ? ['--runs', value('runs')] : []);
}
if (!only || only === 'scale') {
  run('bench-scale.mjs', [...(value('sizes') ? ['--sizes', value('sizes')] : []), ...(argv.includes('--no-starlight') ? ['--no-starlight'] : [])]);
}
