// Imported first by each worker (search, coach). Like renderer/public/zod-config.js for the page:
// zod must not probe for Function() under our CSP (no eval), so it is told before any
// schema is built. A worker does not run the page's classic scripts, hence this module.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
export {};
