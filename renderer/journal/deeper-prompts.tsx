import { memo, useState } from 'react';
import { deeperPromptLabels, deeperPrompts, type DeeperPrompt } from '../../shared/deeper-prompts';
import type { Reflection } from '../../shared/entry';
import type { EntryDraft } from './entry-draft';
import { ReflectionFields, type ReflectionPart } from './reflection-fields';
import './reflection.css';

/** One line of guidance under each prompt. */
const deeperGuidance: Record<DeeperPrompt, string> = {
  whereIGotLucky: 'What went your way that you cannot take credit for: the thing that kept it from being worse.',
  howINoticed: 'The first sign something was wrong: a number, a message, a hunch. Would you catch it sooner now?',
  whyIWasSurprised: 'The belief that turned out wrong, and why it seemed safe to hold at the time.',
  adviceToSomeone: 'One thing to do before the decision, not after: specific enough that they could act on it.',
};

const deeperParts: readonly ReflectionPart[] = deeperPrompts.map((part) => ({
  part,
  label: deeperPromptLabels[part],
  hint: deeperGuidance[part],
}));

interface DeeperPromptsProps {
  reflection: EntryDraft['reflection'];
  errors: Record<string, string>;
  onChange: (part: keyof Reflection, value: string) => void;
}

/**
 * "Go deeper": optional questions about luck, noticing and surprise that sharpen the
 * judgment and self-awareness an interviewer probes in follow-ups. Folded away until
 * opened, and open from the start once any of them has an answer (or holds an error).
 */
export const DeeperPrompts = memo(function DeeperPrompts({ reflection, errors, onChange }: DeeperPromptsProps) {
  const [open, setOpen] = useState(() => deeperPrompts.some((part) => reflection[part].trim() !== ''));
  // A message about a folded field would be read out but not seen: it unfolds them.
  const invalid = deeperPrompts.some((part) => errors[`reflection.${part}`] !== undefined);
  return (
    <details className="deeper" open={open || invalid} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Go deeper</summary>
      <p className="muted deeper-intro">
        Optional. These are the questions behind good follow-up answers: what luck did for you, how you found out, and
        what you would pass on.
      </p>
      <ReflectionFields parts={deeperParts} reflection={reflection} errors={errors} onChange={onChange} />
    </details>
  );
});
