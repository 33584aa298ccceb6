import { useEffect } from 'react';

export type PrintState = { state: 'loading' } | { state: 'ready'; title: string } | { state: 'error'; message: string };

/**
 * Tells whoever prints this page (the desktop's hidden window, or a test) when it has
 * rendered, through data attributes on <html>; sets the document title, which becomes
 * the PDF's title.
 */
export function usePrintState(status: PrintState): void {
  const key = status.state === 'ready' ? status.title : status.state === 'error' ? status.message : '';
  useEffect(() => {
    const root = document.documentElement;
    const previousTitle = document.title;
    let cancelled = false;
    if (status.state === 'ready') {
      document.title = status.title;
      void document.fonts.ready.then(() => {
        if (!cancelled) root.dataset['printState'] = 'ready';
      });
    } else if (status.state === 'error') {
      root.dataset['printState'] = 'error';
      root.dataset['printError'] = status.message;
    } else {
      root.dataset['printState'] = 'loading';
    }
    return () => {
      cancelled = true;
      document.title = previousTitle;
      delete root.dataset['printState'];
      delete root.dataset['printError'];
    };
    // `key` stands for the parts of status that matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status.state, key]);
}
