import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { PageSize } from '../../shared/print-request';
import './print.css';

interface PrintFrameProps {
  backHref: string;
  backLabel: string;
  pageSize: PageSize;
  children: ReactNode;
}

/** The print view's frame: a toolbar on screen only, and the pages themselves. */
export function PrintFrame({ backHref, backLabel, pageSize, children }: PrintFrameProps) {
  return (
    <div className="print-view">
      <div className="print-toolbar" role="toolbar" aria-label="Print">
        <Link href={backHref}>← {backLabel}</Link>
        <span className="muted">{pageSize} · In the print dialog choose “Save as PDF” as the destination.</span>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <main className={`print-doc size-${pageSize.toLowerCase()}`}>{children}</main>
    </div>
  );
}

/** A plain message in place of the document (missing or trashed story). */
export function PrintProblem({
  message,
  backHref,
  backLabel,
}: {
  message: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div className="page">
      <p role="alert" className="form-alert">
        {message}
      </p>
      <Link href={backHref}>← {backLabel}</Link>
    </div>
  );
}
