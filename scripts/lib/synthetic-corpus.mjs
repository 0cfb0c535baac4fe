/**
 * A synthetic corpus for the scale benchmark (scripts/bench-scale.mjs): the real
 * content/ copied whole, then grown to `size` entries by copying real entries under
 * new slugs (and, for procedures, new codes), so every schema, twin, integrity,
 * training and permanence check of the build still runs on the copies and passes.
 *
 * What counts as an entry: one file under content/<collection>/<locale>/ (a zh-cn
 * file and its en twin are two entries), archive copies excluded — they are old
 * versions of a procedure, not pages of their own kind; they are reported apart.
 *
 * How entries are copied (the cheapest way that stays honest):
 * - rights, scripts, cases, guides, letters, drills: one zh-cn file and its en twin,
 *   as they are. Their references keep pointing at the real entries they named,
 *   which exist, so nothing else has to change. Home-page placements (`featured`,
 *   a guide's `door`) are dropped, so copies do not crowd the home page.
 * - procedures: never alone, because every procedure must be covered by a module
 *   (training-integrity.ts) and its version must be in the archive (twins.ts,
 *   permanence.ts). So a module is copied as a bundle: the module, its question bank,
 *   every procedure it covers with all of that procedure's archived versions, with
 *   fresh procedure codes (HV-04 → ZAAB-04, so HV-04.5 → ZAAB-04.5) and the covered
 *   slugs rewritten in all of the bundle's files alike; the module gets its own
 *   `order`, which must be unique per language.
 * - tiers and info pages are not copied: they are a fixed set (the timeline, /help/).
 * The real entries stay, so content/published.json still resolves; copies add pages
 * that the registry does not list, which the build allows.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = ['zh-cn', 'en'];
const SINGLES = ['rights', 'scripts', 'cases', 'guides', 'letters', 'drills'];
const ENTRY_COLLECTIONS = ['tiers', 'procedures', 'rights', 'scripts', 'cases', 'letters', 'guides', 'info', 'modules', 'quizzes', 'drills'];

const files = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(mdx|yaml)$/.test(f)).sort() : []);
const slugOf = (file) => file.replace(/\.(mdx|yaml)$/, '');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Counts entries (see above) in a corpus folder, per collection. */
export function countEntries(root) {
  const counts = {};
  for (const c of ENTRY_COLLECTIONS) counts[c] = LOCALES.reduce((n, l) => n + files(join(root, c, l)).length, 0);
  let archive = 0;
  for (const l of LOCALES) for (const p of existsSync(join(root, 'archive', l)) ? readdirSync(join(root, 'archive', l)) : []) archive += files(join(root, 'archive', l, p)).length;
  return { total: Object.values(counts).reduce((a, b) => a + b, 0), counts, archive };
}

/** Frontmatter lines that place a page on the home page: one copy there is enough. */
function dropPlacements(text) {
  return text
    .replace(/^featured: .*\n/m, '')
    // a guide's door is a two-line block: door:\n  order: …\n  label: …
    .replace(/^door:\n(?:[ \t]+.*\n)+/m, '');
}

/** Fresh procedure-code prefixes, ZAAA, ZAAB, …: four capitals, so no real code (two capitals) is hit. */
function* prefixes() {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; ; i++) yield `Z${A[Math.floor(i / 676) % 26]}${A[Math.floor(i / 26) % 26]}${A[i % 26]}`;
}

/** A module's covered procedure slugs, read from its zh-cn frontmatter (`covers: [zh-cn/a, zh-cn/b]`). */
function coveredSlugs(moduleText) {
  const line = /^covers: \[(.*)\]$/m.exec(moduleText);
  if (!line) return [];
  return line[1].split(',').map((s) => s.trim().replace(/^zh-cn\//, '')).filter(Boolean);
}

/**
 * The copy units of the real corpus, interleaved across collections (first of each
 * kind, then second of each …) so that any prefix of the list keeps roughly the
 * real mix of kinds. A unit knows how many entries it adds.
 */
function units(src) {
  const lists = SINGLES.map((c) => files(join(src, c, 'zh-cn')).map((f) => ({ kind: 'single', collection: c, file: f, entries: 2 })));
  const bundles = files(join(src, 'modules', 'zh-cn')).map((f) => {
    const procedures = coveredSlugs(readFileSync(join(src, 'modules', 'zh-cn', f), 'utf8'));
    return { kind: 'bundle', module: slugOf(f), procedures, entries: 4 + 2 * procedures.length };
  });
  lists.push(bundles);
  const out = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

function copySingle(src, dst, unit, k) {
  const slug = slugOf(unit.file);
  const ext = unit.file.slice(slug.length);
  for (const l of LOCALES) {
    const text = readFileSync(join(src, unit.collection, l, unit.file), 'utf8');
    writeFileSync(join(dst, unit.collection, l, `${slug}-x${k}${ext}`), dropPlacements(text));
  }
}

function copyBundle(src, dst, unit, k, state) {
  // One fresh prefix per real prefix in this bundle, so HV-01 and HV-02 stay HV-siblings.
  const codeMap = new Map();
  const slugMap = new Map(unit.procedures.map((p) => [p, `${p}-x${k}`]));
  for (const p of unit.procedures) {
    const code = /^code: (\S+)$/m.exec(readFileSync(join(src, 'procedures', 'zh-cn', `${p}.mdx`), 'utf8'))[1];
    const [prefix, number] = code.split('-');
    if (!state.prefixFor.has(`${k}:${unit.module}:${prefix}`)) state.prefixFor.set(`${k}:${unit.module}:${prefix}`, state.nextPrefix.next().value);
    codeMap.set(code, `${state.prefixFor.get(`${k}:${unit.module}:${prefix}`)}-${number}`);
  }
  const codeRe = codeMap.size ? new RegExp(`\\b(${[...codeMap.keys()].map(escape).join('|')})(?!\\d)`, 'g') : null;
  // Procedure slugs appear as ids (zh-cn/<slug>, en/<slug>) and in paths (procedures/<slug>, /procedures/<slug>/).
  const slugRe = slugMap.size ? new RegExp(`(?<=(?:zh-cn|en|procedures)/)(${[...slugMap.keys()].map(escape).join('|')})(?![a-z0-9-])`, 'g') : null;
  const rewrite = (text) => {
    let out = text;
    if (codeRe) out = out.replace(codeRe, (c) => codeMap.get(c));
    if (slugRe) out = out.replace(slugRe, (s) => slugMap.get(s));
    return dropPlacements(out);
  };
  const order = state.nextOrder++;
  for (const l of LOCALES) {
    const moduleText = rewrite(readFileSync(join(src, 'modules', l, `${unit.module}.mdx`), 'utf8')).replace(/^order: \d+$/m, `order: ${order}`);
    writeFileSync(join(dst, 'modules', l, `${unit.module}-x${k}.mdx`), moduleText);
    writeFileSync(join(dst, 'quizzes', l, `${unit.module}-x${k}.yaml`), rewrite(readFileSync(join(src, 'quizzes', l, `${unit.module}.yaml`), 'utf8')));
    for (const p of unit.procedures) {
      writeFileSync(join(dst, 'procedures', l, `${slugMap.get(p)}.mdx`), rewrite(readFileSync(join(src, 'procedures', l, `${p}.mdx`), 'utf8')));
      const archiveDir = join(src, 'archive', l, p);
      mkdirSync(join(dst, 'archive', l, slugMap.get(p)), { recursive: true });
      for (const v of files(archiveDir)) writeFileSync(join(dst, 'archive', l, slugMap.get(p), v), rewrite(readFileSync(join(archiveDir, v), 'utf8')));
    }
  }
}

/**
 * Writes into `dir` (emptied first) the real corpus from `src`, grown to `size`
 * entries (or to the nearest size below it that whole units reach; a unit is at
 * least a zh-cn/en pair). Returns the counts actually written.
 */
export function writeSyntheticCorpus({ dir, size, src = 'content' }) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(src, dir, { recursive: true });
  let total = countEntries(dir).total;
  if (size < total) console.warn(`synthetic corpus: ${size} is below the real corpus (${total} entries); using the real corpus`);
  const list = units(src);
  const state = { nextPrefix: prefixes(), prefixFor: new Map(), nextOrder: 1000 };
  for (let k = 1; total < size; k++) {
    let added = 0;
    for (const unit of list) {
      if (total + unit.entries > size) continue; // too big for what is left: a smaller unit may still fit
      if (unit.kind === 'single') copySingle(src, dir, unit, k);
      else copyBundle(src, dir, unit, k, state);
      total += unit.entries;
      added += unit.entries;
    }
    if (!added) break;
  }
  return countEntries(dir);
}

// Run directly: node scripts/lib/synthetic-corpus.mjs <size> <dir>, to look at or build one corpus by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [size, dir] = [Number(process.argv[2] ?? 1000), process.argv[3] ?? '/tmp/synthetic-corpus'];
  console.log(JSON.stringify(writeSyntheticCorpus({ dir, size }), null, 1));
}
