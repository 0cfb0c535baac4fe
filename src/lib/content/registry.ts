/**
 * Reads the registry of what has been published and the redirects, from content/.
 * Used by the build (src/middleware.ts, once) and by astro.config.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Redirect, Registry } from './permanence';

const root = process.env.CONTENT_DIR ?? 'content';

export function readRegistry(dir = root): Registry {
  const file = join(dir, 'published.json');
  if (!existsSync(file)) return { pages: [], codes: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as Registry;
}

export function readRedirects(dir = root): Redirect[] {
  const file = join(dir, 'redirects.yaml');
  if (!existsSync(file)) return [];
  return (parse(readFileSync(file, 'utf8')) as Redirect[] | null) ?? [];
}
