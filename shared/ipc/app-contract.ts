import { z } from 'zod';

/** `app.*`: what the renderer may know about the desktop app itself. */
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
} as const;
