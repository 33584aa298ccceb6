import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { appInfo } from './app-info';
import { writeFileAtomic } from './atomic-write';
import { backupImplementations } from './backup-channels';
import type { IpcImplementations } from './ipc-handlers';
import { exportPdf } from './pdf-export';
import type { PrintJobs } from './print-jobs';
import { applyPreferences } from './main-window';
import type { PreferencesFile } from './preferences';
import type { RememberedKey } from './remembered-key';
import type { DesktopState, DesktopStatus } from '../shared/ipc/desktop-contract';
import type { Preferences } from '../shared/ipc/app-contract';
import { openPrintWindow } from './print-window';

export interface ImplementationContext {
  /** The desktop app's settings (preferences.ts). */
  preferences: PreferencesFile;
  /** Jobs the print windows fetch through the app:// protocol. */
  printJobs: PrintJobs;
  mainWindow: () => BrowserWindow | null;
  /** "Remember on this device": the data key sealed by the OS keychain. */
  rememberedKey: RememberedKey;
  /** Menus, tray, quick capture and reminders: what the renderer reports, and settings applied. */
  desktop: {
    /** `senderId`: the webContents that reported (only the main window's reports count). */
    reportState(state: DesktopState, senderId: number): void;
    status(): DesktopStatus;
    preferencesChanged(preferences: Preferences): Promise<void> | void;
  };
}

/** Every channel's implementation, one line per domain; each lives in its own module. */
export function ipcImplementations(context: ImplementationContext): IpcImplementations {
  return {
    'app.info': () => appInfo(app, process.versions, process.platform),
    'app.preferences': () => context.preferences.read(),
    'app.setPreferences': async (preferences) => {
      const saved = await context.preferences.write(preferences);
      applyPreferences(context.mainWindow(), saved);
      await context.desktop.preferencesChanged(saved);
      return saved;
    },
    'pdf.export': (input) =>
      exportPdf(input, {
        openPrintWindow,
        printJobs: context.printJobs,
        chooseSavePath: async (fileName) => {
          const options = {
            title: 'Save the PDF',
            defaultPath: path.join(app.getPath('documents'), fileName),
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
          };
          const parent = context.mainWindow();
          const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        writeFile: writeFileAtomic,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      }),
    ...backupImplementations(context.mainWindow),
    'desktop.reportState': (state, caller) => {
      // Every registered call has a caller; without one the report belongs to no window and is dropped.
      if (caller) context.desktop.reportState(state, caller.senderId);
      return {};
    },
    'desktop.status': () => context.desktop.status(),
    'lock.deviceStatus': () => context.rememberedKey.status(),
    'lock.rememberKey': async ({ dataKey }) => {
      await context.rememberedKey.remember(dataKey);
      return {};
    },
    'lock.recallKey': async () => ({ dataKey: await context.rememberedKey.recall() }),
    'lock.forgetKey': async () => {
      await context.rememberedKey.forget();
      return {};
    },
  };
}
