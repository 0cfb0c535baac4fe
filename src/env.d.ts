/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's locale, from its path (src/middleware.ts). */
    locale: import('./lib/i18n/locales').Locale;
    /** The site's words in that locale. */
    t: import('./lib/i18n/ui').Translator;
    /** The page's route in the route model; undefined only for the 404 page. */
    route: import('./lib/routes').Route | undefined;
  }
}
