// Runs before the app's modules: zod reads this shared config when it builds schemas.
// Under the app's CSP (no eval) zod must not even probe for Function(), because the
// refused probe is reported as a CSP violation. e2e/security checks there is none.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
