/**
 * The English model, assembled from wink-eng-lite-web-model's parts without its sentiment
 * and named-entity models: the coach asks for neither (measures are read by its own
 * patterns), and the pipeline reads every model it is given when it starts — the first
 * review after opening a story waits for that.
 */
import type { Model } from 'wink-nlp';
import { loadCoreModel } from './core-model';
// The package's own files, as its model.js assembles them; it publishes no per-part entry.
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadNegationModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';

/** An automaton that recognises nothing, in wink's own format (its emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The model wink-nlp is built with: every part but sentiment and entities, which get empty machines. */
export const englishModel = {
  core: loadCoreModel,
  sbd: loadSbdModel,
  pos: loadPosModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: loadNegationModel,
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  metaCER: loadCerMetaModel,
  featureFn,
  addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
} as unknown as Model;
