/** Types for strip-runtime.mjs, so its unit tests can import it. */
export declare function ownClientModuleIds(manifestSources: string[]): Set<string>;
export declare function pageClientModuleIds(html: string): Set<string>;
export declare function stripRuntime(html: string): string;
export declare function isStatic(html: string, ownIds: Set<string>): boolean;
export declare function stripStaticPages(
  outDir: string,
  nextDir: string,
): { stripped: number; kept: number; before: number; after: number };
