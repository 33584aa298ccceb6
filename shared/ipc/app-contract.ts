import { z } from 'zod';

/** The desktop app's own settings, kept by main in the app's data folder. */
export const PreferencesSchema = z
  .object({
    /** Hide the window's content from screen sharing, screenshots and recordings (where the system allows). */
    hideFromScreenCapture: z.boolean(),
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
