/** Types for chromium.mjs, so playwright.config.ts can import it. */
export declare const CHROMIUM_LAUNCH: { executablePath: string; args: string[] };
