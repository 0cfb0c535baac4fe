/**
 * The reference for the scale benchmark: a stock Starlight site (Astro 7) built from
 * the same synthetic corpus, measured by the same runner (scale-build.mjs), so the
 * bench can print our cost per stage as a ratio of Starlight's.
 *
 * The project lives outside the repository (default /tmp/starlight-ref) and is
 * installed once with npm; later runs reuse it. Each build rewrites its
 * src/content/docs from the corpus:
 * - every MDX entry (and every archived procedure version) becomes a doc with
 *   title + description (the entry's summary), Chinese at the root locale, English
 *   under en/, at the same path as on our site (/procedures/<slug>/ …);
 * - the project's kit components are STUBBED, not stripped: the MDX keeps
 *   <Cite>, <Term>, <Callout>, <DoDont>, <Dialogue>/<Line> and they render through
 *   small .astro stubs (a <sup>, a <span>, a <div> with the slot, two lists), so MDX
 *   component rendering is paid on both sides. <Steps items={props.steps} /> and
 *   <Letter letter={props.letter} /> read the frontmatter on our site; here the steps
 *   (code, title, action) and the letter's template are written into the Markdown;
 * - drills (pages on our site) become docs listing their lines; question banks do
 *   not (our site builds them into JSON, not pages); tiers and info pages are kept.
 * One deviation from stock: the sidebar is a fixed list of the collections. Stock
 * Starlight lists every page in every page's sidebar, which makes the reference
 * itself quadratic in the corpus and says nothing about our site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { parse, stringify } from 'yaml';
import { runAstroBuild, readStages, folderBytes } from './scale-build.mjs';

export const STARLIGHT_DIR = '/tmp/starlight-ref';
const VERSIONS = { astro: '^7.3.5', '@astrojs/starlight': '^0.42.4', '@astrojs/markdown-remark': '^7.3.0' };
const KINDS = ['tiers', 'procedures', 'rights', 'scripts', 'cases', 'letters', 'guides', 'info', 'modules', 'drills'];

const STUBS = {
  'Cite.astro': '---\nconst { id, article } = Astro.props;\n---\n<sup class="cite">[{id}{article ? ` ${article}` : \'\'}]</sup>\n',
  'Term.astro': '---\nconst { id } = Astro.props;\n---\n<span class="term" data-id={id}><slot>{id}</slot></span>\n',
  'Callout.astro': '---\nconst { type, title } = Astro.props;\n---\n<aside class={`callout ${type ?? \'\'}`}>{title && <p><strong>{title}</strong></p>}<slot /></aside>\n',
  'DoDont.astro': '---\nconst { doTitle, dontTitle, do: good = [], dont: bad = [] } = Astro.props;\n---\n<div class="dodont"><p>{doTitle}</p><ul>{good.map((s) => <li>{s}</li>)}</ul><p>{dontTitle}</p><ul>{bad.map((s) => <li>{s}</li>)}</ul></div>\n',
  'Dialogue.astro': '<div class="dialogue"><slot /></div>\n',
  'Line.astro': '---\nconst { who, why } = Astro.props;\n---\n<p class="line"><b>{who}</b> <slot />{why && <small> {why}</small>}</p>\n',
};

/** Installs the reference project once; returns { ok, dir } or { ok: false, reason }. */
export function ensureStarlight(dir = STARLIGHT_DIR) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-ref', private: true, type: 'module', dependencies: VERSIONS }, null, 2));
  }
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) {
    try {
      execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit', timeout: 600_000 });
    } catch (e) {
      return { ok: false, reason: `npm install of Starlight failed in ${dir}: ${e.message}` };
    }
  }
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [starlight({
    title: 'Starlight reference',
    defaultLocale: 'root',
    locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
    sidebar: ${JSON.stringify(KINDS.map((k) => ({ label: k, link: `/${k}/` })))},
  })],
});
`);
  mkdirSync(join(dir, 'src/components/stubs'), { recursive: true });
  for (const [name, text] of Object.entries(STUBS)) writeFileSync(join(dir, 'src/components/stubs', name), text);
  writeFileSync(join(dir, 'src/components/stubs/index.ts'), Object.keys(STUBS).map((f) => `export { default as ${f.replace('.astro', '')} } from './${f}';`).join('\n') + '\n');
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
  return { ok: true, dir };
}

const splitFrontmatter = (text) => {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return m ? { data: parse(m[1]), body: m[2] } : { data: {}, body: text };
};

/** Every string in a YAML value, in order: a drill's setting, lines and explanations. */
const strings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

function writeDoc(docsDir, path, data, body) {
  const file = join(docsDir, `${path}.mdx`);
  mkdirSync(dirname(file), { recursive: true });
  const stubs = relative(dirname(file), join(docsDir, '../../components/stubs/index.ts'));
  const fm = stringify({ title: String(data.title ?? path), description: String(data.summary ?? data.title ?? path) }).trim();
  writeFileSync(file, `---\n${fm}\n---\nimport { Cite, Term, Callout, DoDont, Dialogue, Line } from '${stubs.startsWith('.') ? stubs : `./${stubs}`}';\n\n${body}`);
}

/** Rewrites the docs of the reference project from a corpus folder; returns how many docs. */
export function writeStarlightDocs(corpusDir, dir = STARLIGHT_DIR) {
  const docsDir = join(dir, 'src/content/docs');
  rmSync(docsDir, { recursive: true, force: true });
  let count = 0;
  for (const locale of ['zh-cn', 'en']) {
    const base = locale === 'zh-cn' ? '' : 'en/';
    writeDoc(docsDir, `${base}index`, { title: 'Starlight reference', summary: 'The synthetic corpus as a Starlight site.' }, 'Home.\n');
    for (const kind of KINDS) {
      const src = join(corpusDir, kind, locale);
      for (const file of existsSync(src) ? readdirSync(src).sort() : []) {
        const slug = file.replace(/\.(mdx|yaml)$/, '');
        const text = readFileSync(join(src, file), 'utf8');
        if (file.endsWith('.yaml')) {
          const data = parse(text);
          writeDoc(docsDir, `${base}${kind}/${slug}`, data, strings(data).map((s) => s.replace(/[{}<>]/g, ' ')).join('\n\n') + '\n');
        } else {
          const { data, body } = splitFrontmatter(text);
          writeDoc(docsDir, `${base}${kind}/${slug}`, data, inlineFrontmatterComponents(body, data));
        }
        count++;
      }
    }
    const archive = join(corpusDir, 'archive', locale);
    for (const slug of existsSync(archive) ? readdirSync(archive).sort() : []) {
      for (const file of readdirSync(join(archive, slug)).sort()) {
        const { data, body } = splitFrontmatter(readFileSync(join(archive, slug, file), 'utf8'));
        writeDoc(docsDir, `${base}procedures/${slug}/v/${file.replace(/\.mdx$/, '').replace('.', '-')}`, data, inlineFrontmatterComponents(body, data));
        count++;
      }
    }
  }
  return count;
}

/** The two kit components that read frontmatter on our site, written out as Markdown instead. */
function inlineFrontmatterComponents(body, data) {
  const esc = (s) => String(s).replace(/[{}<>]/g, ' ');
  return body
    .replace(/<Steps\b[^>]*\/>/g, () => (data.steps ?? []).map((s) => `### ${s.code} ${esc(s.title)}\n\n${esc(s.action)}\n`).join('\n'))
    .replace(/<Letter\b[^>]*\/>/g, () => esc(data.template ?? '').split('\n').map((l) => `> ${l}`).join('\n'));
}

/** Builds the reference from `corpusDir` into `outDir` with a fresh cache; returns the bench's measures. */
export async function buildStarlight({ corpusDir, outDir, cacheDir, dir = STARLIGHT_DIR }) {
  const docs = writeStarlightDocs(corpusDir, dir);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const run = await runAstroBuild({ cwd: dir, env: { ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir } });
  writeFileSync(`${outDir}.log`, run.lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(8)} ${l.text}`).join('\n'));
  if (run.status !== 0) throw new Error(`Starlight build failed (exit ${run.status}); log in ${outDir}.log`);
  return { docs, ...readStages(run), pagefindBytes: folderBytes(join(outDir, 'pagefind')) };
}
