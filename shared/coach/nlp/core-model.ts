/**
 * wink-eng-lite-web-model's core (lexicon, features, tokenizer tables), read once without
 * the package's deep copy of its 3 MB JSON (its reader copies so that it can be called
 * again; the coach builds one pipeline), and with the engine's native base64 decoder where
 * there is one. The first review after opening a story waits for this. The steps are the
 * package's own reader's (read-core-model.js and load-core-model.js, MIT), in that order.
 */
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The JSON's shape where this reader touches it; wink-nlp reads the rest as it is. */
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** Per feature: [, bits, shift, 0 = has a list, 1 = extra feature]. */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
}

type Base64Decoder = (text: string) => Uint8Array;
const nativeDecoder = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64;
// In every engine the coach runs in (browsers, workers, Node 16+); shared/ has no DOM types.
const { atob } = globalThis as unknown as { atob: (base64: string) => string };

function words(base64: string): Uint32Array {
  if (nativeDecoder) return new Uint32Array(nativeDecoder(base64).buffer);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
  return new Uint32Array(bytes.buffer);
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

let loaded: CoreModel | undefined;

/** The core model as wink-nlp's `model.core()` returns it; built on the first call only. */
export function loadCoreModel(): CoreModel {
  if (loaded) return loaded;
  const model = coreJson as unknown as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    const feature = features[name]!;
    if (layout[3] === 0) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme.hash = indexOf(features.lexeme.list);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] ?? 0));
  loaded = model;
  return model;
}
