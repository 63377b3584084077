// Types of build-console.mjs, for the TypeScript that imports it (tests, benchmarks).
export declare const CONSOLE_BUILD_DIR: string;
export declare const CONSOLE_BUDGET_GZIP_BYTES: number;
export interface ConsoleBuild {
  manifest: Record<string, { bytes: number; gzipBytes: number; hash: string }>;
  dashboardGzipBytes: number;
  graphiqlGzipBytes: number;
}
export declare function buildConsole(options?: { quiet?: boolean }): Promise<ConsoleBuild>;
