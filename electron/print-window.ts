import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './main-window';
import type { PrintWindowLike } from './pdf-export';

/**
 * A hidden window of the same secure kind as the main one (sandboxed, same app://
 * origin and CSP), used only to render the print view for printToPDF.
 */
export async function openPrintWindow(url: string, preloadPath: string): Promise<PrintWindowLike> {
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: secureWebPreferences(preloadPath, false),
  });
  try {
    await window.loadURL(url);
  } catch (error) {
    window.destroy();
    throw error;
  }
  return window;
}
