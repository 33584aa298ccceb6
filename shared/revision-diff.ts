import { deeperPromptLabels, deeperPrompts } from './deeper-prompts';
import type { Entry } from './entry';
import type { Story } from './story';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Beyond this many changed words a word-level table costs too much; the change shows as a whole. */
const MAX_TOKENS = 2000;

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else if (text) parts.push({ kind, text });
}

/**
 * A word-level diff from `before` to `after`: a longest-common-subsequence over words and
 * spaces, after trimming the common start and end (edits are usually local). Our own
 * forty lines instead of a library: the renderer ships offline and this is all we need.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_TOKENS * MAX_TOKENS || midA.length === 0 || midB.length === 0) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else {
    // lcs[i][j]: length of the common subsequence of midA[i..] and midB[j..].
    const lcs = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
    for (let i = midA.length - 1; i >= 0; i--)
      for (let j = midB.length - 1; j >= 0; j--)
        lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push(parts, 'same', midA[i++]!);
        j++;
      } else if (i < midA.length && (j === midB.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
        // Removals first, so a replaced word reads "old, then new".
        push(parts, 'removed', midA[i++]!);
      } else {
        push(parts, 'added', midB[j++]!);
      }
    }
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

/** The fields of an entry or story a person reads in a history, labelled as on screen. */
export function textFieldsOf(record: Entry | Story): { label: string; text: string }[] {
  if ('reflection' in record) {
    return [
      { label: 'Title', text: record.title },
      { label: 'What happened', text: record.whatHappened },
      { label: 'When', text: record.occurredOn },
      { label: 'Type', text: record.type },
      { label: 'Tags', text: record.tags.join(', ') },
      { label: 'Stakes', text: record.stakes },
      { label: 'How it felt', text: record.feelings ?? '' },
      { label: 'Why it happened', text: record.reflection.whyItHappened },
      { label: 'What I did', text: record.reflection.whatIDid },
      { label: 'What I learned', text: record.reflection.whatILearned },
      { label: 'What I changed since', text: record.reflection.whatIChanged },
      ...deeperPrompts.map((part) => ({ label: deeperPromptLabels[part], text: record.reflection[part] ?? '' })),
    ];
  }
  return [
    { label: 'Title', text: record.title },
    { label: 'What happened', text: record.whatHappened },
    { label: 'Why it happened', text: record.whyItHappened },
    { label: 'What I did', text: record.whatIDid },
    { label: 'What I learned', text: record.whatILearned },
    { label: 'Connection to the role', text: record.roleConnection },
    { label: 'Follow-ups', text: record.followUps.map((f) => `${f.question} ${f.answer}`).join('\n') },
  ];
}

/** Per field, what changed from `before` to `after`; unchanged fields are left out. */
export function diffRecords(before: Entry | Story, after: Entry | Story): { label: string; parts: DiffPart[] }[] {
  const next = textFieldsOf(after);
  return textFieldsOf(before)
    .map((field, index) => ({ label: field.label, before: field.text, after: next[index]?.text ?? '' }))
    .filter((field) => field.before !== field.after)
    .map((field) => ({ label: field.label, parts: diffWords(field.before, field.after) }));
}
