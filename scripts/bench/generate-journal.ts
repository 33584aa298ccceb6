// A realistic, deterministic journal for benchmarks: Zipf-distributed words, 100–1,500
// words per entry, tags and types spread like real use.
import type { Entry } from '../../shared/entry';
import type { Story } from '../../shared/story';

/** mulberry32: a tiny, fast, seedable PRNG, so every run generates the same journal. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const common = `the a to of and i we in it that was for on my with our not but had this as at be
they team did when so what would have from by an were all which their about then could out more`.split(/\s+/);
const domain = `launch deadline vendor migration release budget client hire review rollback outage plan
estimate stakeholder escalate assumption risk test staging production roadmap experiment metric
survey customer contract scope timeline handoff onboarding feedback incident postmortem dashboard
forecast quarter pipeline process checklist priority decision tradeoff manager engineer designer`.split(/\s+/);
const syllables = ['ka', 'ro', 'mi', 'ten', 'sal', 'vo', 'ri', 'den', 'pa', 'lu', 'mon', 'gra', 'ti', 'ser', 'nor'];

/** About 6,000 distinct words: common ones, domain ones, and made-up ones for the long tail. */
function vocabulary(random: () => number): string[] {
  const tail = new Set<string>();
  while (tail.size < 6000) {
    const length = 2 + Math.floor(random() * 3);
    tail.add(Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  }
  return [...common, ...domain, ...tail];
}

/** Picks an index with probability ∝ 1/(rank+1): the shape of natural word frequencies. */
function zipfPicker(size: number, random: () => number): () => number {
  const weights = Array.from({ length: size }, (_, rank) => 1 / (rank + 1));
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const tagPool = `launches hiring planning vendors migrations testing estimates stakeholders budget
clients incidents onboarding research design metrics process priorities communication scope
deadlines quality security data performance culture feedback roadmap contracts`.split(/\s+/);

function sentences(words: string[], count: number, pick: () => number, random: () => number): string {
  const out: string[] = [];
  let sentence: string[] = [];
  for (let index = 0; index < count; index++) {
    sentence.push(words[pick()] ?? 'word');
    if (sentence.length > 8 + random() * 14) {
      out.push(`${sentence.join(' ')}.`);
      sentence = [];
    }
  }
  if (sentence.length) out.push(`${sentence.join(' ')}.`);
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * When a reflected setback was last edited: hours to months after it was logged, most within
 * days (Insights' time to reflect). A stream of its own, so the journal's words stay the same.
 */
function reflectionDelays(seed: number): () => number {
  const random = seededRandom(seed ^ 0x5eed);
  return () => Math.floor(random() ** 3 * 120 * 86_400_000) + Math.floor(random() * 86_400_000);
}

/** N entries, deterministic for a given seed. */
export function generateEntries(count: number, seed = 42): Entry[] {
  const random = seededRandom(seed);
  const reflectionDelay = reflectionDelays(seed);
  const words = vocabulary(random);
  const pickWord = zipfPicker(words.length, random);
  const pickTag = zipfPicker(tagPool.length, random);
  const start = Date.UTC(2021, 0, 1);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    const length = 100 + Math.floor(random() ** 2 * 1400);
    const reflected = random() < 0.6;
    const part = (share: number) => (reflected ? sentences(words, Math.floor(length * share), pickWord, random) : '');
    const day = new Date(start + Math.floor(random() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const stamp = `${day}T12:00:00.000Z`;
    const typeRoll = random();
    entries.push({
      id: `bench-${String(index).padStart(7, '0')}`,
      title: sentences(words, 4 + Math.floor(random() * 6), pickWord, random).replace(/\.$/, ''),
      whatHappened: sentences(words, Math.floor(length * 0.4), pickWord, random),
      occurredOn: day,
      type: typeRoll < 0.45 ? 'technical' : typeRoll < 0.8 ? 'judgment' : 'strategic',
      tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => tagPool[pickTag()] ?? 'misc'))],
      stakes: random() < 0.2 ? 'high' : random() < 0.6 ? 'medium' : 'low',
      reflection: { whyItHappened: part(0.2), whatIDid: part(0.15), whatILearned: part(0.15), whatIChanged: part(0.1) },
      createdAt: stamp,
      updatedAt: reflected ? new Date(Date.parse(stamp) + reflectionDelay()).toISOString() : stamp,
      deletedAt: null,
    });
  }
  return entries;
}

/** A story of about 350 words made from an entry, for export and coach timings. */
export function storyFrom(entry: Entry, id: string): Story {
  const clip = (text: string, words: number) => text.split(' ').slice(0, words).join(' ');
  return {
    id,
    title: entry.title,
    entryIds: [entry.id],
    whatHappened: clip(entry.whatHappened, 45),
    whyItHappened: clip(entry.reflection.whyItHappened || entry.whatHappened, 90),
    whatIDid: clip(entry.reflection.whatIDid || entry.whatHappened, 80),
    whatILearned: clip(entry.reflection.whatILearned || entry.whatHappened, 90),
    roleConnection: clip(entry.whatHappened, 40),
    followUps: [
      { question: 'Have you learned enough not to repeat this?', answer: clip(entry.whatHappened, 30) },
      { question: 'How often do you fail?', answer: clip(entry.whatHappened, 20) },
    ],
    targetRole: 'Engineering manager',
    targetCompany: 'Contoso',
    status: 'ready',
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    deletedAt: null,
  };
}
