/**
 * Settings a deployment changes, read once at build time from the environment.
 * README.md ("Deploying") lists them.
 */

/** Origin the site is served from; canonical URLs, the sitemap and citations use it. */
export const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';

/** Where "report an error on this page" writes to (a mailto: link; the site has no server). */
export const correctionsEmail = process.env.CORRECTIONS_EMAIL ?? 'corrections@example.org';
