// The parts of wink-eng-lite-web-model that model.ts assembles; the package types only its whole.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
declare module 'wink-eng-lite-web-model/dist/languages/cur/models/*.json' {
  const json: unknown;
  export default json;
}
