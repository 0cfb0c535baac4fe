/** Types for page-budgets.mjs, which the e2e budgets test imports. */
export declare const budgets: { contentJs: number; toolJs: number; css: number; html: number };
export declare function isToolPage(url: string): boolean;
export interface PageWeight { html: number; css: number; js: number; inlineJs: number; islands: number; scripts: string[]; problems: string[] }
export declare function walkScript(file: string, seen: Map<string, { raw: number; gzip: number }>): void;
export declare function pageWeight(dist: string, file: string): PageWeight;
export declare function budgetProblems(url: string, weight: PageWeight): string[];
export declare function siteWeights(dist: string): (PageWeight & { url: string })[];
