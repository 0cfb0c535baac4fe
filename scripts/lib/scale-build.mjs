/**
 * Runs one `astro build` for the scale benchmark and reads what it cost from its log:
 * shared by our site (scripts/bench-scale.mjs) and the Starlight reference
 * (scripts/lib/starlight-reference.mjs), so both are measured the same way.
 *
 * Astro's own timestamps have one-second resolution, so every log line is stamped
 * here, on arrival, in milliseconds since the build started; stage boundaries come
 * from those stamps, and the durations Astro prints itself are preferred where it
 * prints them (page render) because they exclude pipe latency.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const stripAnsi = (s) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** Resident memory of a process and all its descendants, in kB, from /proc (0 if it is gone). */
function treeRssKb(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)).push(Number(pid));
      rss.set(Number(pid), Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch { /* the process ended while we read it */ }
  }
  let total = 0;
  for (const stack = [rootPid]; stack.length;) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * `node <astro.mjs> build` in `cwd` with `env`, under /usr/bin/time -v when it exists
 * (its "Maximum resident set size" is the largest single process), while polling the
 * whole process tree's RSS (Pagefind runs as a child process, so the sum matters too).
 */
export function runAstroBuild({ cwd, env, astroBin = join(cwd, 'node_modules/astro/bin/astro.mjs') }) {
  const timeBin = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
  const argv = [...timeBin, process.execPath, astroBin, 'build'];
  const started = performance.now();
  const child = spawn(argv[0], argv.slice(1), {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const pending = { stdout: '', stderr: '' };
  for (const name of ['stdout', 'stderr']) {
    child[name].setEncoding('utf8');
    child[name].on('data', (chunk) => {
      const t = performance.now() - started;
      const parts = (pending[name] + chunk).split('\n');
      pending[name] = parts.pop();
      for (const text of parts) lines.push({ t, text: stripAnsi(text) });
    });
  }
  let treePeakKb = 0;
  const poll = setInterval(() => { treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid)); }, 200);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      for (const name of ['stdout', 'stderr']) if (pending[name]) lines.push({ t: wallMs, text: stripAnsi(pending[name]) });
      const maxRssKb = Number(lines.map((l) => /Maximum resident set size \(kbytes\): (\d+)/.exec(l.text)?.[1]).find(Boolean) ?? 0);
      resolve({ status, wallMs, lines, maxRssKb, treePeakKb });
    });
  });
}

/** "812ms", "4.89s", "3m 2s" (Astro's long form) → ms. */
const durationMs = (text) => {
  const m = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(text);
  return m ? Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 's' ? 1000 : 1) : undefined;
};

/**
 * Stage durations in ms from a build's stamped lines:
 * - sync: "[content] Syncing content" → "[content] Synced content" (loaders, schemas, store)
 * - bundle: "Building static entrypoints" → "generating static routes" (Vite/Rolldown, MDX compile)
 * - render: the "✓ Completed in …" after "generating static routes" (getStaticPaths + every page)
 * - pagefind: our integration's "indexed N HTML files … in X ms", or Starlight's
 *   "[starlight:pagefind]"/"Pagefind" lines, from the first to the "Finished"/last one.
 * Log-only counts: warnings ([WARN] lines), the MODULE_LEVEL_DIRECTIVE "use astro:head-inject" ones, all lines.
 */
export function readStages(run) {
  const { lines } = run;
  const at = (re, from = 0) => { const i = lines.findIndex((l, j) => j >= from && re.test(l.text)); return i < 0 ? undefined : i; };
  const span = (a, b) => (a !== undefined && b !== undefined ? lines[b].t - lines[a].t : undefined);
  const syncA = at(/\[content\] Syncing content/);
  const syncB = at(/\[content\] Synced content/);
  const bundleA = at(/Building static entrypoints/);
  const routesA = at(/generating static routes/);
  const routesB = routesA === undefined ? undefined : at(/✓ Completed in/, routesA);
  const ours = lines.map((l) => /indexed (\d+) HTML files.* in (\d+) ms/.exec(l.text)).find(Boolean);
  let pagefind = ours ? Number(ours[2]) : undefined;
  if (pagefind === undefined) {
    // Starlight logs "[starlight:pagefind] Building search index…" … "Finished building search index in X".
    const pfA = at(/pagefind/i);
    const pfDone = lines.map((l) => (/pagefind/i.test(l.text) && /finished|built|indexed/i.test(l.text) ? durationMs(l.text) : undefined)).find((v) => v !== undefined);
    const pfB = pfA === undefined ? undefined : lines.findLastIndex((l) => /pagefind/i.test(l.text));
    pagefind = pfDone ?? span(pfA, pfB);
  }
  const pages = Number(lines.map((l) => /(\d+) page\(s\) built/.exec(l.text)?.[1]).find(Boolean) ?? 0);
  const warnings = lines.filter((l) => /\[WARN\]/.test(l.text));
  // The time -v report is ours, not Astro's: leave it out of the log-line count.
  const timeReport = lines.findIndex((l) => /Command being timed/.test(l.text));
  // CPU seconds of the build and every child it waited for (Pagefind included): less
  // sensitive than wall time when other jobs share the machine's two cores.
  const seconds = (re) => Number(lines.map((l) => re.exec(l.text)?.[1]).find(Boolean) ?? NaN);
  return {
    pages,
    totalMs: run.wallMs,
    cpuMs: (seconds(/User time \(seconds\): ([\d.]+)/) + seconds(/System time \(seconds\): ([\d.]+)/)) * 1000,
    stages: {
      sync: span(syncA, syncB),
      bundle: span(bundleA, routesA),
      render: routesB === undefined ? undefined : durationMs(lines[routesB].text.replace(/^.*Completed in/, '')),
      pagefind,
    },
    warnings: warnings.length,
    headInjectWarnings: warnings.filter((l) => /use astro:head-inject/.test(l.text)).length,
    logLines: timeReport < 0 ? lines.length : timeReport,
    peakMb: Math.round(Math.max(run.maxRssKb, run.treePeakKb) / 1024),
    maxProcessMb: Math.round(run.maxRssKb / 1024),
    treePeakMb: Math.round(run.treePeakKb / 1024),
  };
}

/** Total bytes under a folder (0 if it does not exist). */
export function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

/**
 * gzip size of a built page, or undefined if it is not there. Copies repeat real
 * text, which gzip folds away, so raw bytes (rawBytes) say more about growth.
 */
export function gzipBytes(file) {
  return existsSync(file) ? gzipSync(readFileSync(file)).length : undefined;
}
export const rawBytes = (file) => (existsSync(file) ? statSync(file).size : undefined);
