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
