/** A YAML data file imported as its parsed value (src/integrations/yaml-data.ts). */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
