import { parse } from '../shared/coach/nlp/parse';
import { normalizeText } from '../shared/coach/text';
import { reviewStory } from '../shared/coach/review-story';
const part = process.argv[2] as any;
for (const s of process.argv.slice(3)) {
  const p = parse(normalizeText(s));
  for (const sen of p.sentences) for (const c of sen.clauses)
    console.log(`  [${c.marker ?? ''}] subj=${c.subject?.text ?? '-'}(${c.subject?.kind ?? '-'}) verb=${c.verb?.lower ?? '-'}/${c.verb?.lemma ?? ''} tense=${c.tense} neg=${c.negated} :: ${c.text}`);
  console.log('  toks:', p.tokens.map(t=>`${t.lower}/${t.pos}${t.negated?'!':''}`).join(' '));
  console.log('  =>', reviewStory({ [part]: s }).findings.filter(f=>f.part===part).map(f=>f.kind+':'+s.slice(f.start,f.end)).join(' | '));
}
