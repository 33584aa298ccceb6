import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './main-window';
import type { PrintWindowLike } from './pdf-export';

/**
 * A hidden window of the same secure kind as the main one (sandboxed, same app://
 * origin and CSP), used only to render the print view for printToPDF. It has no preload:
 * it is handed what it prints (print-jobs.ts) and needs nothing else from main.
 */
export async function openPrintWindow(url: string): Promise<PrintWindowLike> {
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: secureWebPreferences(null, false),
  });
  try {
    await window.loadURL(url);
  } catch (error) {
    window.destroy();
    throw error;
  }
  return window;
}
