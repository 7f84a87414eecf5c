/** Values the e2e global setup provides to the tests. */
declare module "vitest" {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> serving the built valid fixture, no trailing slash. */
    baseUrl: string;
    /** Absolute path of that built site. */
    outDir: string;
    /** Temporary directory of this run (holds outDir); removed on teardown. */
    workDir: string;
  }
}
export {};
