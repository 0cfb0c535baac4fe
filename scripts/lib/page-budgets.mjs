/**
 * What one built page costs a reader before they touch it, read from dist/ (issue 15's
 * budgets): the HTML, its stylesheets and every script that runs without interaction
 * (module scripts and their static imports, inline scripts, islands with their
 * renderer), each gzipped at level 9 and each file counted once per page. Dynamic
 * import() chunks (the search code on first focus, Pagefind, the CSV writer) load on
 * demand and are not counted. Shared by tests/e2e/budgets.spec.ts (every page of the
 * real build) and scripts/bench-scale.mjs (the synthetic corpora).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes, gzip. Content pages may run only the search loader and the copy buttons. */
export const budgets = { contentJs: 2 * 1024, toolJs: 25 * 1024, css: 10 * 1024, html: 60 * 1024 };

/** Pages that ship a tool of their own: the calculator, search, self-check, training and each letter's form. */
export const isToolPage = (url) =>
  /^\/(en\/)?(calculator|search|self-check)\/$/.test(url) || /^\/(en\/)?training\//.test(url) || /^\/(en\/)?letters\/[a-z0-9-]+\/$/.test(url);

const gz = (data) => gzipSync(data, { level: 9 }).length;
const staticImports = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g;

/** A script file and everything it imports statically, into `seen` (path → raw and gzip bytes). */
export function walkScript(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  const code = readFileSync(file);
  seen.set(file, { raw: code.length, gzip: gz(code) });
  for (const m of code.toString('utf8').matchAll(staticImports)) {
    if (m[1].startsWith('.')) walkScript(join(dirname(file), m[1]), seen);
  }
}

const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const local = (dist, url) => (url && url.startsWith('/') ? join(dist, url.split(/[?#]/)[0]) : undefined);

/**
 * One page's weights and what it breaks that is not a size: an image without width and
 * height (it would shift the layout), a web font, a stylesheet or script that is missing.
 */
export function pageWeight(dist, file) {
  const html = readFileSync(file, 'utf8');
  const scripts = new Map();
  let inlineJs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = attr(m[1], 'type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // data, e.g. application/json
    const src = attr(m[1], 'src');
    if (src) walkScript(local(dist, src), scripts);
    else if (m[2].trim()) inlineJs += gz(m[2]);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/g)) {
    if (attr(m[1], 'rel') === 'modulepreload') walkScript(local(dist, attr(m[1], 'href')), scripts);
  }
  const islands = [...html.matchAll(/<astro-island\b([^>]*)>/g)];
  for (const m of islands) for (const name of ['component-url', 'renderer-url']) walkScript(local(dist, attr(m[1], name)), scripts);

  const problems = [];
  let css = 0;
  for (const m of html.matchAll(/<link\b([^>]*)>/g)) {
    if (attr(m[1], 'rel') !== 'stylesheet') continue;
    const path = local(dist, attr(m[1], 'href'));
    if (!path || !existsSync(path)) { problems.push(`stylesheet not served from the site: ${attr(m[1], 'href')}`); continue; }
    const text = readFileSync(path);
    if (/@font-face/.test(text.toString('utf8'))) problems.push(`web font in ${attr(m[1], 'href')}`);
    css += gz(text);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    if (/@font-face/.test(m[1])) problems.push('web font in an inline style');
    css += gz(m[1]);
  }
  for (const m of html.matchAll(/<img\b([^>]*)>/g)) {
    if (!attr(m[1], 'width') || !attr(m[1], 'height')) problems.push(`image without width and height: ${attr(m[1], 'src')}`);
  }
  const js = [...scripts.values()].reduce((sum, n) => sum + n.gzip, 0) + inlineJs;
  return { html: gz(html), css, js, inlineJs, islands: islands.length, scripts: [...scripts.keys()].map((f) => f.slice(dist.length)), problems };
}

/** Every budget a page breaks, in words, with its URL. */
export function budgetProblems(url, weight) {
  const out = weight.problems.map((p) => `${url}: ${p}`);
  const tool = isToolPage(url);
  const jsBudget = tool ? budgets.toolJs : budgets.contentJs;
  if (!tool && weight.islands > 0) out.push(`${url}: ${weight.islands} island(s) on a content page`);
  if (weight.js > jsBudget) out.push(`${url}: JavaScript before interaction ${weight.js} B gzip, budget ${jsBudget} (${weight.scripts.join(', ')}${weight.inlineJs ? `, inline ${weight.inlineJs} B` : ''})`);
  if (weight.css > budgets.css) out.push(`${url}: CSS ${weight.css} B gzip, budget ${budgets.css}`);
  if (weight.html > budgets.html) out.push(`${url}: HTML ${weight.html} B gzip, budget ${budgets.html}`);
  return out;
}

/** Every HTML page of a built site (not its _astro/ or pagefind/ files), with its URL and weight. */
export function siteWeights(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) { if (name !== '_astro' && name !== 'pagefind') walk(path); }
      else if (name.endsWith('.html')) out.push({ url: `/${relative(dist, path).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`, ...pageWeight(dist, path) });
    }
  };
  walk(dist);
  return out;
}
