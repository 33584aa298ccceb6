import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/** A native modal <dialog>: focus is trapped, Escape closes, the page behind is inert. */
export function ModalDialog({ title, open, onClose, children, className }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className={`capture-dialog ${className ?? ''}`}
      aria-labelledby={headingId}
      onClose={() => {
        if (!dialog.current?.open) onClose();
      }}
    >
      <h2 id={headingId} className="dialog-title">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
