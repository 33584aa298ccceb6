/* global window, document, URL */
// Runs before the app's modules. The CSP requires Trusted Types for every script sink
// (require-trusted-types-for 'script'), so the rule that the app never turns a string into
// markup or code holds at run time too: this default policy creates no HTML and no script,
// and the only script URLs it lets through are the app's own worker files, same origin.
if (window.trustedTypes && window.trustedTypes.createPolicy) {
  window.trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      const parsed = new URL(url, document.baseURI);
      if (parsed.origin === window.location.origin && /\/assets\/[\w.-]+\.js$/.test(parsed.pathname)) return url;
      throw new TypeError('Hindsight starts scripts only from its own files.');
    },
  });
}
