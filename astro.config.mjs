// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import redirects from './src/integrations/redirects.ts';
import securityHeaders from './src/integrations/headers.ts';
import yamlData from './src/integrations/yaml-data.ts';
// The origin is deployment configuration (README, "Deploying"); the default suits `npm start`.
import { siteUrl } from './src/site.config.ts';
// The one list of locales (src/lib/i18n/locales.ts) drives routing and the sitemap alike.
import { locales, defaultLocale, htmlLang } from './src/lib/i18n/locales.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Tests build fixture corpora into their own folder so the real dist/ is untouched.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // …and their own content store, so a fixture build never reuses the real corpus's cache or vice versa.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // YAML data files (the self-check's rules) import as plain data.
  // Rolldown warns once per MDX entry that Astro's "use astro:head-inject" directive may not survive
  // bundling (Astro adds it to every entry's ?astroPropagatedAssets module; stock Starlight prints the same):
  // 5,448 identical warnings, 80 % of the log, at 5,000 entries (npm run bench). Nothing to act on, so off.
  vite: { plugins: [yamlData()], build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
  // Shiki writes inline styles, which the CSP below forbids; code blocks here are plain letter texts.
  markdown: { syntaxHighlight: false },
  // pagefind() last: it indexes the finished HTML in astro:build:done.
  integrations: [
    redirects(),
    mdx(),
    // Islands live in src/islands/; without `include` Preact's Babel pass also ran over Astro's generated
    // content-module map, which grows with the corpus (deoptimised above 500 KB at 5,000 entries).
    preact({ include: ['**/src/islands/**'] }),
    // Each URL lists its twin in the other language, as the pages' hreflang links do.
    sitemap({ i18n: { defaultLocale, locales: htmlLang } }),
    // dist/_headers gets the pages' Content-Security-Policy as a header (public/_headers has the rest).
    securityHeaders(),
    pagefind(),
  ],
  // A CSP meta tag with hashes of every script and style Astro emits (DESIGN.md: no outside requests).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
