import { readFile } from 'node:fs/promises';
import { PreferencesSchema, type Preferences } from '../shared/ipc/app-contract';

export const DEFAULT_PREFERENCES: Preferences = {
  hideFromScreenCapture: false,
  quickCaptureShortcut: 'CommandOrControl+Shift+L',
  showTrayIcon: false,
  reflectionReminder: { enabled: false, time: '18:00' },
};

const encoder = new TextEncoder();

/**
 * The desktop app's settings in one small JSON file in the app's data folder. A missing or
 * damaged file reads as the defaults (everything optional off); writes are atomic.
 */
export function preferencesFile(file: string, writeFile: (target: string, data: Uint8Array) => Promise<void>) {
  return {
    async read(): Promise<Preferences> {
      try {
        const saved: unknown = JSON.parse(await readFile(file, 'utf8'));
        // A file from an older version lacks the newer settings: they take their defaults.
        if (typeof saved !== 'object' || saved === null) return DEFAULT_PREFERENCES;
        const parsed = PreferencesSchema.safeParse({ ...DEFAULT_PREFERENCES, ...saved });
        return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
      } catch {
        return DEFAULT_PREFERENCES;
      }
    },
    async write(preferences: Preferences): Promise<Preferences> {
      const valid = PreferencesSchema.parse(preferences);
      await writeFile(file, encoder.encode(JSON.stringify(valid, null, 2)));
      return valid;
    },
  };
}

export type PreferencesFile = ReturnType<typeof preferencesFile>;
