/**
 * Lets code import a YAML data file as plain data (`import rules from '…/checks.yaml'`):
 * parsed at build time, so a browser bundle carries the data as JSON and no YAML parser.
 * Used by the self-check, whose rules are content (content/checks.yaml).
 */
import { parse } from 'yaml';
import type { Plugin } from 'vite';

export default function yamlData(): Plugin {
  return {
    name: 'yaml-data',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id.split('?')[0] ?? '')) return null;
      return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
    },
  };
}
