/**
 * Once per page: which locale it is in, its translator, and its route (from the
 * route model), put on Astro.locals for every page and component to read.
 */
import { defineMiddleware } from 'astro:middleware';
import { createTranslator, dictionaries } from './lib/i18n';
import { checkDictionaries } from './lib/i18n/schema';
import { localeOfPath } from './lib/routes';
import { getRoutes } from './lib/content/site';

let checked = false;

export const onRequest = defineMiddleware(async (context, next) => {
  if (!checked) {
    checkDictionaries(dictionaries);
    checked = true;
  }
  const pathname = context.url.pathname;
  const locale = localeOfPath(pathname);
  const routes = await getRoutes();
  context.locals.locale = locale;
  context.locals.t = createTranslator(locale);
  context.locals.route = routes.find((r) => r.path === pathname);
  return next();
});
