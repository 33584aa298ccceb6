import { useCapture } from './capture-context';

/**
 * Stands in for "Log a setback" in the moment its code is still loading (the dialog loads
 * after the first screen): the title can be typed at once, into the same draft, and the
 * real dialog takes over from it with every letter kept.
 */
export function CaptureDialogFallback() {
  const { isOpen, draft, setDraft } = useCapture();
  if (!isOpen) return null;
  return (
    <div className="capture-fallback" role="dialog" aria-modal="true" aria-label="Log a setback">
      <label>
        Title
        <input
          autoFocus
          autoComplete="off"
          value={draft.title}
          onChange={(event) => {
            const title = event.target.value;
            setDraft((current) => ({ ...current, title }));
          }}
        />
      </label>
    </div>
  );
}
