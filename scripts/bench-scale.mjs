/**
 * Scale benchmark (issue 15): how the build's cost grows with the corpus. Not a
 * timed test: it prints a table and, with --json <file>, writes the numbers.
 *
 *   npx node scripts/bench-scale.mjs [--sizes 200,1000,5000] [--json out.json] [--no-starlight] [--work /tmp/bench-scale]
 *                                    [--with earlier.json]   (prepend the sizes of an earlier run, to extend it)
 *   npx node scripts/bench-scale.mjs --reprint run.json     (re-read the stages from the logs kept in --work, print again)
 *
 * For each size: a synthetic corpus (scripts/lib/synthetic-corpus.mjs) under the
 * work folder, `astro build` with CONTENT_DIR, ASTRO_OUT_DIR and a fresh
 * ASTRO_CACHE_DIR all there (so content sync is measured, and the real dist/ and
 * cache are never touched), then the same corpus as a stock Starlight site
 * (scripts/lib/starlight-reference.mjs) unless --no-starlight or its npm install fails.
 *
 * Columns: ms/page per stage; MARGINAL ms/page = (stage time at this size − at the
 * previous size) / (pages added), i.e. what each added page costs; "ratio" =
 * marginal at the largest size / ms/page at the smallest (issue target ≤ 1.2: a
 * page should not cost more to add to a big site than a page costs in a small one).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeSyntheticCorpus } from './lib/synthetic-corpus.mjs';
import { runAstroBuild, readStages, folderBytes, gzipBytes, rawBytes } from './lib/scale-build.mjs';
import { ensureStarlight, buildStarlight } from './lib/starlight-reference.mjs';
import { budgetProblems, siteWeights } from './lib/page-budgets.mjs';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? fallback : process.argv[i + 1]; };
const sizes = arg('sizes', '200,1000,5000').split(',').map(Number);
const jsonPath = arg('json');
const work = arg('work', '/tmp/bench-scale');
const withStarlight = !process.argv.includes('--no-starlight');
const STAGES = ['sync', 'bundle', 'render', 'pagefind'];

/** Listing pages whose size might follow the corpus: gzip bytes at each size show whether they do. */
const LISTINGS = ['sources/index.html', 'procedures/index.html', 'tiers/index.html', 'tiers/m2-31-to-60-days/index.html', 'training/index.html', 'changes/index.html', 'rights/index.html', 'glossary/index.html', 'index.html'];

async function buildOurs(size) {
  const dir = join(work, String(size));
  const corpus = writeSyntheticCorpus({ dir: join(dir, 'content'), size, src: join(root, 'content') });
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  for (const d of [outDir, cacheDir]) rmSync(d, { recursive: true, force: true });
  const run = await runAstroBuild({ cwd: root, env: { CONTENT_DIR: join(dir, 'content'), ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir } });
  writeFileSync(join(dir, 'build.log'), run.lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(8)} ${l.text}`).join('\n'));
  if (run.status !== 0) throw new Error(`build of ${size} entries failed (exit ${run.status}); log in ${join(dir, 'build.log')}`);
  return {
    size, entries: corpus.total, archive: corpus.archive, byCollection: corpus.counts,
    ...readStages(run),
    pagefindBytes: folderBytes(join(outDir, 'pagefind')),
    listingsGzip: Object.fromEntries(LISTINGS.map((p) => [p, gzipBytes(join(outDir, p))])),
    listingsRaw: Object.fromEntries(LISTINGS.map((p) => [p, rawBytes(join(outDir, p))])),
    budgets: checkBudgets(outDir),
  };
}

/** Issue 15's page budgets (tests/e2e/budgets.spec.ts) over every page of a synthetic build. */
function checkBudgets(outDir) {
  const weights = siteWeights(outDir);
  const heaviest = weights.reduce((a, b) => (b.html > a.html ? b : a));
  const problems = weights.flatMap((w) => budgetProblems(w.url, w));
  return { pages: weights.length, problems: problems.length, examples: problems.slice(0, 5), heaviestHtml: { url: heaviest.url, html: heaviest.html } };
}

/** ms/page, marginal ms/page and the growth ratio, per stage and in total, for one series of results. */
function perPage(results) {
  const keys = [...STAGES, 'total', 'cpu'];
  const stage = (r, k) => (k === 'total' ? r.totalMs : k === 'cpu' ? r.cpuMs : r.stages[k]);
  return results.map((r, i) => {
    const prev = results[i - 1];
    const row = { msPerPage: {}, marginal: {} };
    for (const k of keys) {
      row.msPerPage[k] = stage(r, k) / r.pages;
      row.marginal[k] = prev ? (stage(r, k) - stage(prev, k)) / (r.pages - prev.pages) : row.msPerPage[k];
    }
    return row;
  });
}

const ratios = (rows) => Object.fromEntries(Object.keys(rows[0].msPerPage).map((k) => [k, rows.at(-1).marginal[k] / rows[0].msPerPage[k]]));

const f = (v, d = 1) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(d));
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function print(results, star) {
  const ours = perPage(results);
  const header = ['site', 'size', 'pages', 'total s', ...STAGES.map((s) => `${s} ms/p`), ...STAGES.map((s) => `${s} marg`), 'total marg', 'cpu s', 'cpu marg', 'pagefind KB', 'peak MB', 'warn', 'head-inj', 'log lines'];
  const rowsOf = (label, res, pp) => res.map((r, i) => [label, r.size, r.pages, f(r.totalMs / 1000), ...STAGES.map((s) => f(pp[i].msPerPage[s], 2)), ...STAGES.map((s) => f(pp[i].marginal[s], 2)), f(pp[i].marginal.total, 2), f(r.cpuMs / 1000), f(pp[i].marginal.cpu, 2), Math.round(r.pagefindBytes / 1024), r.peakMb, r.warnings, r.headInjectWarnings, r.logLines]);
  const rows = rowsOf('ours', results, ours);
  const ratioRow = (label, pp) => { const q = ratios(pp); return [label, '', '', '', ...STAGES.map(() => ''), ...STAGES.map((s) => f(q[s], 2)), f(q.total, 2), '', f(q.cpu, 2), '', '', '', '', '']; };
  if (results.length > 1) rows.push(ratioRow('ours ratio', ours));
  let starPP;
  if (star?.length === results.length) {
    starPP = perPage(star);
    rows.push(...rowsOf('starlight', star, starPP));
    if (star.length > 1) rows.push(ratioRow('starl ratio', starPP));
  }
  console.log(`\nScale benchmark (${new Date().toISOString()}); "marg" = marginal ms per added page; ratio = marginal at ${results.at(-1).size} / ms/page at ${results[0].size} (target ≤ 1.2)\n`);
  console.log(table(header, rows));
  if (starPP) {
    // Ours / Starlight, same corpus: total time and per-page cost per stage.
    const vs = results.slice(0, star.length).map((r, i) => [r.size, f(r.totalMs / star[i].totalMs, 2), f(r.pages / star[i].pages, 2), ...[...STAGES, 'total', 'cpu'].map((s) => f(ours[i].msPerPage[s] / starPP[i].msPerPage[s], 2)), f(r.peakMb / star[i].peakMb, 2)]);
    console.log(`\nOurs / Starlight (same corpus)\n\n${table(['size', 'total time', 'pages', ...STAGES.map((s) => `${s} ms/p`), 'total ms/p', 'cpu ms/p', 'peak MB'], vs)}`);
  }
  const listing = LISTINGS.map((p) => [p, ...results.map((r) => `${r.listingsGzip[p] ?? '–'} / ${r.listingsRaw?.[p] ?? '–'}`)]);
  console.log(`\nListing pages, bytes gzip / raw\n\n${table(['page', ...results.map((r) => String(r.size))], listing)}\n`);
  for (const r of results.filter((x) => x.budgets)) {
    const b = r.budgets;
    console.log(`Budgets at ${r.size} entries: ${b.problems} problem(s) over ${b.pages} pages; heaviest HTML ${b.heaviestHtml.url} ${b.heaviestHtml.html} B gzip${b.examples.map((e) => `\n  ${e}`).join('')}`);
  }
  return { ours: ours, oursRatio: results.length > 1 ? ratios(ours) : undefined, starlight: starPP, starlightRatio: starPP && star.length > 1 ? ratios(starPP) : undefined };
}

/** A kept log (build.log, starlight-dist.log: "<seconds> <line>") back into stamped lines. */
const readLog = (file) => ({ lines: readFileSync(file, 'utf8').split('\n').map((l) => ({ t: Number(l.slice(0, 8)) * 1000, text: l.slice(9) })), wallMs: 0, maxRssKb: 0, treePeakKb: 0 });

if (arg('reprint')) {
  // Only the stage times are re-read: wall time, memory and sizes stay as measured.
  const saved = JSON.parse(readFileSync(arg('reprint'), 'utf8'));
  for (const r of saved.ours) r.stages = readStages(readLog(join(work, String(r.size), 'build.log'))).stages;
  for (const r of saved.starlight) r.stages = readStages(readLog(join(work, String(r.size), 'starlight-dist.log'))).stages;
  saved.derived = print(saved.ours, saved.starlight);
  writeFileSync(arg('reprint'), JSON.stringify(saved, null, 1));
  process.exit(0);
}

mkdirSync(work, { recursive: true });
let starlight = withStarlight ? ensureStarlight() : { ok: false, reason: 'skipped (--no-starlight)' };
if (!starlight.ok) console.log(`Starlight reference: ${starlight.reason}`);
// Results of an earlier run (--with), so a long size can be added later and marginals still computed.
const earlier = arg('with') ? JSON.parse(readFileSync(arg('with'), 'utf8')) : { ours: [], starlight: [] };
const results = [...earlier.ours];
const star = [...earlier.starlight];
for (const size of sizes) {
  console.error(`[bench-scale] ${size} entries: generating and building…`);
  results.push(await buildOurs(size));
  if (starlight.ok) {
    console.error(`[bench-scale] ${size} entries: Starlight…`);
    try {
      star.push({ size, ...(await buildStarlight({ corpusDir: join(work, String(size), 'content'), outDir: join(work, String(size), 'starlight-dist'), cacheDir: join(work, String(size), 'starlight-cache') })) });
    } catch (e) {
      console.log(`Starlight reference: ${e.message}; continuing without it`);
      starlight = { ok: false, reason: e.message };
      star.length = 0; // a partial series would misalign with ours
    }
  }
  // Print and save after every size, so a long run that is stopped still leaves its numbers.
  const derived = print(results, star);
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ sizes, ours: results, starlight: star, derived }, null, 1));
}
