/**
 * Once per page: which locale it is in, its translator, and its route (from the
 * route model), put on Astro.locals for every page and component to read.
 */
import { defineMiddleware } from 'astro:middleware';
import { createTranslator, dictionaries } from './lib/i18n';
import { checkDictionaries, checkNestedTables } from './lib/i18n/schema';
import { calculatorStrings } from './lib/i18n/calculator';
import { trainingStrings } from './lib/i18n/training';
import { selfcheckStrings } from './lib/i18n/selfcheck';
import { letterStrings } from './lib/i18n/letter';
import { validationMessages } from './lib/repayment/messages';
import { localeOfPath } from './lib/routes';
import { getRouteIndex, getSite, codeTargets } from './lib/content/site';
import { findBrokenPromises, findUnbumpedEdits, PermanenceError } from './lib/content/permanence';
import { readRedirects, readRegistry } from './lib/content/registry';

let checked = false;

export const onRequest = defineMiddleware(async (context, next) => {
  const routes = await getRouteIndex();
  if (!checked) {
    checkDictionaries(dictionaries);
    checkNestedTables('calculator', calculatorStrings);
    checkNestedTables('validation', validationMessages);
    checkNestedTables('training', trainingStrings);
    checkNestedTables('selfcheck', selfcheckStrings);
    checkNestedTables('letter', letterStrings);
    // Every URL and code ever published still resolves (content/published.json).
    const site = await getSite();
    const problems = findBrokenPromises(readRegistry(), new Set(routes.keys()),
      new Set(codeTargets(site.pages.procedures).map((c) => c.code)), readRedirects());
    problems.push(...findUnbumpedEdits(
      site.pages.procedures.map((p) => ({ id: p.id, file: p.filePath ?? p.id, version: p.data.version, steps: p.data.steps })),
      new Map(site.archive.map((a) => [a.id, a.data.steps])),
    ));
    if (problems.length) throw new PermanenceError(problems);
    checked = true;
  }
  const pathname = context.url.pathname;
  const locale = localeOfPath(pathname);
  context.locals.locale = locale;
  context.locals.t = createTranslator(locale);
  context.locals.route = routes.get(pathname);
  return next();
});
