/**
 * /robots.txt from the configured origin (SITE_URL), so the sitemap it names is the
 * one this build wrote. Short links (/p/…) only send readers on: not for indexing.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', 'Disallow: /p/', 'Disallow: /en/p/', `Sitemap: ${new URL('sitemap-index.xml', site).href}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
