/**
 * Completes dist/_headers (copied from public/_headers) with the site's
 * Content-Security-Policy as a response header. Astro writes each page's policy as a
 * <meta> tag with the hashes of that page's inline scripts and styles; the header is
 * the union of all pages' policies (a browser enforces both, so each page stays held
 * to its own meta), plus what only a header can say: no framing (frame-ancestors).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './built-pages';

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** A built page's own Content-Security-Policy (its meta tag), or undefined. */
export const pagePolicy = (html: string): string | undefined => metaPattern.exec(html)?.[1]?.replaceAll('&#39;', "'");

/** Directive → sources, merged over many policies in first-seen order. */
export function unionPolicy(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export class MissingPolicyError extends Error {}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'overdue-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const policies = new Set<string>();
        for await (const file of htmlFiles(site)) {
          const html = await readFile(file, 'utf8');
          const policy = pagePolicy(html);
          // A redirect stub has no script or style of its own; every real page must carry the policy.
          if (policy) policies.add(policy);
          else if (!/<meta http-equiv="refresh"/i.test(html)) throw new MissingPolicyError(`${file} has no Content-Security-Policy meta tag`);
        }
        const header = `${unionPolicy([...policies])}; frame-ancestors 'none'`;
        const path = `${site}/_headers`;
        const text = await readFile(path, 'utf8');
        await writeFile(path, text.replace(/^\/\*\n/m, `/*\n  Content-Security-Policy: ${header}\n`));
        logger.info(`_headers: one Content-Security-Policy from ${policies.size} page policies`);
      },
    },
  };
}
