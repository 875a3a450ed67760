// The Content-Security-Policy allows no eval (sync-server/http/security-headers.ts). zod compiles object parsers with
// `new Function` when it may, probing for it first — a probe the browser reports as a policy violation on every
// load. Parsing without that is as correct and fast enough for forms. zod keeps its settings on
// globalThis.__zod_globalConfig and adopts one that is already there (zod/v4/core/core.js), so it is set here,
// imported first, before any schema is made — without downloading zod itself on the first screen (no-eval.test.ts).
type ZodGlobal = {__zod_globalConfig?: Record<string, unknown>};
const g = globalThis as ZodGlobal;
g.__zod_globalConfig = {...g.__zod_globalConfig, jitless: true};
export {};
