import { z } from 'zod';

/** The desktop app's own settings, kept by main in the app's data folder. */
export const PreferencesSchema = z
  .object({
    /** Hide the window's content from screen sharing, screenshots and recordings (where the system allows). */
    hideFromScreenCapture: z.boolean(),
    /** Electron accelerator of the global quick-capture shortcut; empty turns it off. */
    quickCaptureShortcut: z.string().max(64),
    /** A tray / menu-bar icon with "Log a setback" and "Open Hindsight". */
    showTrayIcon: z.boolean(),
    /** A notification at a time of day when setbacks wait for reflection (opt-in). */
    reflectionReminder: z
      .object({
        enabled: z.boolean(),
        /** Local time of day, "HH:MM" (24-hour). */
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day is HH:MM, 24-hour.'),
      })
      .strict(),
  })
  .strict();
export type Preferences = z.infer<typeof PreferencesSchema>;

/** `app.*`: what the renderer may know about the desktop app itself, and its settings. */
export const appContract = {
  'app.info': {
    input: z.object({}).strict(),
    output: z
      .object({
        name: z.string(),
        version: z.string(),
        platform: z.string(),
        electron: z.string(),
        chrome: z.string(),
        dataPath: z.string(),
      })
      .strict(),
  },
  'app.preferences': {
    input: z.object({}).strict(),
    output: PreferencesSchema,
  },
  'app.setPreferences': {
    input: PreferencesSchema,
    output: PreferencesSchema,
  },
} as const;
