#!/usr/bin/env node
/**
 * Lighthouse scores of the built site (dist/), served on localhost, in headless Chromium.
 * Not a test: it prints what it measured and exits 0 whatever the scores; it exits 1 only
 * when it cannot run (no dist/, no Chromium, a page that will not load, Lighthouse errors).
 *
 * Lighthouse's own defaults are kept on purpose: mobile form factor, simulated throttling
 * (slow 4G, 4× CPU), so the numbers compare with PageSpeed Insights and with other runs.
 * Categories: performance, accessibility, best-practices, seo.
 *
 * Pages: /, the first procedure, the first right, /calculator/, /self-check/, /training/,
 * /search/, and the same seven under /en/. For each: the four scores, LCP, TBT, CLS; then,
 * for every page that misses 100 anywhere, the audits that are not passed, with the
 * points each one costs its category where it has a weight.
 *
 * Usage: npm run build && node scripts/bench-lighthouse.mjs
 *          [--runs 3]              median of 3 runs per page (default 1)
 *          [--pages /,/en/search/] only these paths (any path of the site)
 *          [--json out.json]       also write the results, for a wrapper script
 *          [--reports dir]         also write Lighthouse's HTML and JSON report of each page
 *          [--no-compress]         serve files as stored, without gzip (see lib/lighthouse-compress.mjs)
 *          [--port 4500]           the port the pages are served on (default: first free of 4500–4599)
 *
 * The pages are served by tests/serve-dist.mjs, behind a gzip proxy as a real host would
 * compress them. Chromium cannot resolve any host but 127.0.0.1, so nothing leaves the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { startCompressingProxy } from './lib/lighthouse-compress.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    pages: { type: 'string' },
    json: { type: 'string' },
    reports: { type: 'string' },
    compress: { type: 'boolean', default: true },
    port: { type: 'string' },
  },
  allowNegative: true,
});
const runs = Math.max(1, Number.parseInt(args.runs, 10) || 1);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chromePath) {
  console.error('No Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

/** The first page of a collection in dist/ (its directories sorted by name), as a URL path. */
function firstOf(collection) {
  const slug = readdirSync(join(dist, collection), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dist, collection, e.name, 'index.html')))
    .map((e) => e.name).sort()[0];
  if (!slug) throw new Error(`No page under dist/${collection}/`);
  return `/${collection}/${slug}/`;
}
const zhPages = ['/', firstOf('procedures'), firstOf('rights'), '/calculator/', '/self-check/', '/training/', '/search/'];
// English twins keep their Chinese original's slug, so the same paths under /en/.
const allPages = [...zhPages, ...zhPages.map((p) => `/en${p}`)];
const pages = args.pages ? args.pages.split(',').map((p) => p.trim()).filter(Boolean) : allPages;
for (const p of pages) {
  if (!p.startsWith('/')) {
    console.error(`--pages: "${p}" is not a path (it must start with /)`);
    process.exit(1);
  }
}

/** `port` if nothing listens on 127.0.0.1:port (0: whatever the system gives), else undefined. */
const tryPort = (port) => new Promise((resolve) => {
  const probe = createServer();
  probe.once('error', () => resolve(undefined));
  probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
    const bound = probe.address().port;
    probe.close(() => resolve(bound));
  });
});
async function pickPort(wanted, skip) {
  if (wanted) return Number(wanted);
  for (let p = 4500; p < 4600; p++) if (p !== skip && await tryPort(p)) return p;
  return tryPort(0);
}

/** Starts tests/serve-dist.mjs (the server the browser tests use) and waits until it answers. */
async function startServer(port) {
  const child = spawn(process.execPath, [join(root, 'tests/serve-dist.mjs'), '--port', String(port), '--dir', dist], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return { stop: () => { if (child.exitCode === null) child.kill('SIGTERM'); return exited; } };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`serve-dist did not start on port ${port}`);
}

/**
 * Waits until `url` answers 200: dist/ may be in the middle of a rebuild (astro build
 * empties it first), in which case the page 404s for a while. Gives up after ~2 minutes.
 */
async function waitFor(url) {
  for (let i = 0; i < 40; i++) {
    const res = await fetch(url, { method: 'HEAD' }).catch(() => undefined);
    if (res?.ok) return;
    if (i === 0) console.log(`  ${url} answers ${res?.status ?? 'nothing'}: waiting for dist/ (a rebuild?)`);
    await new Promise((r) => setTimeout(r, 3000));
  }
  throw new Error(`${url} still does not answer 200`);
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** The numbers we keep from one Lighthouse report. */
function summarise(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.fromEntries(categories.map((c) => [c, score(c)])),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcp: value('first-contentful-paint'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * The audits of a report that are not passed, by category: a score below 1 (informative,
 * manual and not-applicable audits have none). `lost` is how many of the category's 100
 * points the audit costs; audits without a weight (performance insights, diagnostics)
 * cost none directly but say what the metrics are made of.
 */
function failingAudits(lhr) {
  const out = [];
  for (const c of categories) {
    const cat = lhr.categories[c];
    if (!cat) continue;
    const total = cat.auditRefs.reduce((sum, r) => sum + r.weight, 0);
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a) continue;
      const failed = a.scoreDisplayMode === 'error' || (a.score !== null && a.score < 1 &&
        !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode));
      if (!failed) continue;
      out.push({
        category: c,
        id: a.id,
        title: a.title,
        displayValue: a.scoreDisplayMode === 'error' ? `error: ${a.errorMessage}` : a.displayValue ?? '',
        score: a.score,
        lost: total ? Math.round((ref.weight * (1 - (a.score ?? 0)) / total) * 1000) / 10 : 0,
      });
    }
  }
  return out;
}

/** Requests Lighthouse saw to anywhere but our server (there should be none). */
function outsideRequests(lhr, origin) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items.map((i) => i.url).filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(origin));
}

// Chromium as root needs --no-sandbox; the rest keeps it from calling home (chrome-launcher
// adds its own quiet defaults too). --host-resolver-rules makes every host but 127.0.0.1
// unresolvable, so nothing leaves the machine even if a page or Chromium tried.
const chromeFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check', '--disable-domain-reliability',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

let chrome;
let server;
let proxy;
let failed = false;
/**
 * Asks Chromium to quit over the DevTools protocol and waits up to 5 s for it to exit, so it
 * reaps its own helper processes (a bare SIGKILL of the group leaves them as zombies where
 * PID 1 does not reap, as in some containers).
 */
async function closeChrome(c) {
  const exited = new Promise((resolve) => {
    if (c.process.exitCode !== null || c.process.signalCode !== null) resolve();
    else c.process.once('exit', resolve);
  });
  try {
    const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${c.port}/json/version`)).json();
    const ws = new WebSocket(webSocketDebuggerUrl);
    ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'Browser.close' }));
    ws.onerror = () => {};
  } catch { /* already gone, or not answering: the kill below does it */ }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  // chrome-launcher kills the whole process group if anything is left, and deletes the profile.
  await Promise.resolve(c.kill()).catch(() => {});
}

const cleanup = async () => {
  if (chrome) { const c = chrome; chrome = undefined; await closeChrome(c); }
  if (proxy) { const p = proxy; proxy = undefined; await p.close(); }
  if (server) { const s = server; server = undefined; await s.stop(); }
};
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanup().finally(() => process.exit(130)));

const started = performance.now();
const results = [];
try {
  const port = await pickPort(args.port);
  if (!port) throw new Error('No free port for the static server');
  const origin = `http://127.0.0.1:${port}`;
  if (args.compress) {
    const inner = await pickPort(undefined, port);
    server = await startServer(inner);
    proxy = await startCompressingProxy(port, inner);
  } else {
    server = await startServer(port);
  }
  if (args.reports) mkdirSync(args.reports, { recursive: true });
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent', handleSIGINT: false });
  const flags = {
    port: chrome.port,
    logLevel: 'error',
    output: args.reports ? ['json', 'html'] : 'json',
    onlyCategories: categories,
    // Node API runs never report errors to Sentry unless asked; say so anyway.
    enableErrorReporting: false,
  };
  const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()).Browser;
  console.log(`Lighthouse, mobile (simulated throttling), ${runs} run(s) per page, ${pages.length} page(s); ${version}; ` +
    `${origin}${args.compress ? ' (gzip)' : ' (uncompressed)'}\n`);

  for (const path of pages) {
    const url = origin + path;
    const lhrs = [];
    const reports = new Map();
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) {
      await waitFor(url);
      const result = await lighthouse(url, flags);
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      // A page that does not load (e.g. it 404ed mid-rebuild) gives a report without scores.
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const w of lhr.runWarnings) console.log(`  warning (${path}): ${w}`);
      const outside = outsideRequests(lhr, origin);
      if (outside.length) console.log(`  ${path} requested outside hosts: ${outside.join(', ')}`);
      lhrs.push(lhr);
      reports.set(lhr, result.report);
    }
    // Scores and metrics: the median of each over the runs. Audits: from Lighthouse's own
    // "median run" (closest to the median FCP and TTI), so the list comes from one real run.
    const each = lhrs.map(summarise);
    const valid = filterToValidRuns(lhrs);
    const typical = valid.length ? computeMedianRun(valid) : lhrs[0];
    if (args.reports) {
      const name = path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home';
      const [json, html] = reports.get(typical);
      writeFileSync(join(args.reports, `${name}.report.json`), json);
      writeFileSync(join(args.reports, `${name}.report.html`), html);
    }
    results.push({
      path,
      url,
      runs: lhrs.length,
      seconds: Math.round((performance.now() - t0) / 100) / 10,
      scores: Object.fromEntries(categories.map((c) => [c, median(each.map((e) => e.scores[c]))])),
      lcp: median(each.map((e) => e.lcp)),
      tbt: median(each.map((e) => e.tbt)),
      cls: median(each.map((e) => e.cls)),
      fcp: median(each.map((e) => e.fcp)),
      benchmarkIndex: median(each.map((e) => e.benchmarkIndex)),
      perRun: each,
      failing: failingAudits(typical),
    });
    const r = results.at(-1);
    console.log(`  ${path}  ${categories.map((c) => r.scores[c]).join(' / ')}  (${r.seconds} s)`);
  }
} catch (err) {
  failed = true;
  console.error(`\nbench-lighthouse: ${err.stack ?? err}`);
} finally {
  await cleanup();
}

// ---- report ----
const ms = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : '—');
const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS'];
const rows = results.map((r) => [
  r.path, ...categories.map((c) => String(r.scores[c] ?? '—')),
  ms(r.lcp), Number.isFinite(r.tbt) ? `${Math.round(r.tbt)} ms` : '—', Number.isFinite(r.cls) ? r.cls.toFixed(3) : '—',
]);
if (rows.length) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}
if (runs > 1 && results.some((r) => r.failing.length)) {
  console.log('\n(Scores and metrics above are medians; the audits below come from the run nearest the median FCP and TTI.)');
}
for (const r of results) {
  if (categories.every((c) => r.scores[c] === 100) || !r.failing.length) continue;
  console.log(`\n${r.path}: not passed`);
  for (const a of r.failing) {
    const cost = a.lost > 0 ? ` (−${a.lost})` : '';
    console.log(`  [${a.category}] ${a.id}${cost}: ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
  }
}
// Lighthouse measures this machine's CPU (benchmarkIndex) and multiplies CPU time by 4 for
// a mid-range phone assuming a fast desktop (≥ 1000). Its CLI warns below that; the Node API
// does not, so we do: on a slow or busy host TBT and TTI come out too high and vary a lot.
const bench = median(results.map((r) => r.benchmarkIndex));
if (bench < 1000) {
  console.log(`\nNote: this host's CPU benchmark index is ${Math.round(bench)} (Lighthouse expects ≥ 1000): ` +
    'TBT and TTI are inflated and noisy here; use --runs 3 or more and compare runs on the same machine.');
}
const seconds = (performance.now() - started) / 1000;
console.log(`\n${results.length} page(s) × ${runs} run(s) in ${seconds.toFixed(0)} s`);

if (args.json) {
  writeFileSync(args.json, `${JSON.stringify({
    date: new Date().toISOString(),
    lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
    formFactor: 'mobile', throttling: 'simulate', compressed: args.compress, runs, seconds: Math.round(seconds), complete: !failed, pages: results,
  }, null, 2)}\n`);
  console.log(`Results written to ${args.json}`);
}
process.exit(failed ? 1 : 0);
