import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

export interface Notice {
  message: string;
  action?: { label: string; run: () => void };
}

const NoticeContext = createContext<(notice: Notice) => void>(() => undefined);

const NOTICE_MS = 7000;

/** A polite status line at the bottom of the window, with an optional action such as Undo. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);
  const notify = useCallback((next: Notice) => setNotice(next), []);
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="notice-region" role="status" aria-live="polite">
        {notice && (
          <div className="notice">
            <span>{notice.message}</span>
            {notice.action && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  notice.action?.run();
                  setNotice(null);
                }}
              >
                {notice.action.label}
              </button>
            )}
          </div>
        )}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotify(): (notice: Notice) => void {
  return useContext(NoticeContext);
}
