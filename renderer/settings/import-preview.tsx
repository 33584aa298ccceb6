import { useState } from 'react';
import { backupRuleOf, backupTables } from '../../shared/table-registry';
import type { ConflictChoice, ImportPlan } from '../db/backup-repository';

const choices: { value: ConflictChoice; label: string; hint: string }[] = [
  { value: 'keep-newer', label: 'Keep newer', hint: 'For each conflict, keep whichever was edited last.' },
  { value: 'keep-both', label: 'Keep both', hint: 'Add the backup’s copy next to yours, marked “(from backup)”.' },
  { value: 'replace', label: 'Replace', hint: 'Use the backup’s copy. Yours stays in its History.' },
];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What an import will do, before it does it: counts, conflicts and how to resolve them. */
export function ImportPreview({
  fileName,
  plan,
  busy,
  onImport,
  onCancel,
}: {
  fileName: string;
  plan: ImportPlan;
  busy: boolean;
  onImport: (choice: ConflictChoice) => void;
  onCancel: () => void;
}) {
  const [choice, setChoice] = useState<ConflictChoice>('keep-newer');
  const added = backupTables.reduce((sum, name) => sum + plan.added[name], 0);
  const nothingToDo = added + plan.conflicts.length === 0;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Import {fileName}?</h3>
      <ul>
        {backupTables.map((name) => {
          const { noun, addedTo } = backupRuleOf(name);
          return (
            <li key={name}>
              {addedTo
                ? `${plural(plan.added[name], noun.one, noun.many)} for ${addedTo}`
                : plural(plan.added[name], `new ${noun.one}`, `new ${noun.many}`)}
            </li>
          );
        })}
        <li>{plural(plan.unchanged, 'record already here unchanged', 'records already here unchanged')}</li>
        <li>{plural(plan.conflicts.length, 'conflict', 'conflicts')}</li>
      </ul>
      {plan.conflicts.length > 0 && (
        <>
          <p>These are in both this journal and the backup, with different text:</p>
          <ul aria-label="Conflicts">
            {plan.conflicts.map((conflict) => (
              <li key={`${conflict.table}-${conflict.id}`}>
                {capitalized(backupRuleOf(conflict.table).noun.one)} “{conflict.title}” —{' '}
                {conflict.backupIsNewer ? 'the backup’s copy is newer' : 'yours is newer'}
              </li>
            ))}
          </ul>
          <fieldset role="radiogroup" aria-label="For conflicts">
            <legend>For conflicts</legend>
            {choices.map((option) => (
              <label key={option.value} className="choice-line">
                <input
                  type="radio"
                  name="conflict-choice"
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => setChoice(option.value)}
                />{' '}
                {option.label} <span className="muted">— {option.hint}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || nothingToDo} onClick={() => onImport(choice)}>
          {nothingToDo ? 'Nothing to import' : 'Import'}
        </button>
      </div>
    </section>
  );
}
