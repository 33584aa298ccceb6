/* global window, document, URL */
// Runs before the app's modules: the one Trusted Types policy the CSP allows. It makes no
// HTML or script from strings; the only script URLs it lets through are the app's own files.
if (window.trustedTypes && window.trustedTypes.createPolicy) {
  window.trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      const parsed = new URL(url, document.baseURI);
      if (parsed.origin === window.location.origin && /\/assets\/[\w.-]+\.js$/.test(parsed.pathname)) return url;
      throw new TypeError('Hindsight starts scripts only from its own files.');
    },
  });
}
