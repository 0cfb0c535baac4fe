/**
 * Moved pages: content/redirects.yaml becomes Astro's `redirects` (a page at the old
 * path that sends readers on) and a `_redirects` file for hosts that read one.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readRedirects } from '../lib/content/registry';

export default function redirects(): AstroIntegration {
  const moved = readRedirects();
  return {
    name: 'overdue-redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ redirects: Object.fromEntries(moved.map((r) => [r.from, r.to])) });
      },
      'astro:build:done': ({ dir }) => {
        const lines = moved.map((r) => `${r.from} ${r.to} 301`);
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), lines.length ? `${lines.join('\n')}\n` : '');
      },
    },
  };
}
