/**
 * Ids that an MDX body points at through <Cite id="…"> and <Term id="…">.
 * Read from the raw body so the integrity check can name the file, and so a
 * page can list every source it cites, in the body or in its frontmatter.
 */
function idsOf(tag: string, body: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g');
  return [...new Set([...body.matchAll(pattern)].map((m) => m[1]!))];
}

export const citedSourceIds = (body: string): string[] => idsOf('Cite', body);
export const usedTermIds = (body: string): string[] => idsOf('Term', body);

/**
 * Entries an MDX body links to with plain Markdown links such as
 * [HV-01](/procedures/home-visit-case-selection/#HV-01.3), as {collection, id}.
 * Only links to entry pages count (/<kind>/<slug>/, or /en/<kind>/<slug>/).
 */
export function linkedEntries(body: string): { collection: string; id: string }[] {
  const found = new Map<string, { collection: string; id: string }>();
  // The locale prefix is never a collection: /en/help/ is the help page, not an entry "help" of "en".
  for (const match of body.matchAll(/\]\((\/(?:en\/)?(?!en\/)([a-z]+)\/([a-z0-9-]+)\/)(?:#[^)\s]*)?\)/g)) {
    const [, path, collection, slug] = match;
    const locale = path!.startsWith('/en/') ? 'en' : 'zh-cn';
    const id = `${locale}/${slug}`;
    found.set(`${collection}:${id}`, { collection: collection!, id });
  }
  return [...found.values()];
}
