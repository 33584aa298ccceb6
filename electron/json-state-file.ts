import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/**
 * A small JSON file of main's own state in the data folder (window placement, the last
 * reminder): checked with `schema` on read, so a missing, damaged or foreign file reads as
 * null; written atomically, so a crash mid-write leaves the old file.
 */
export function jsonStateFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  writeFile: (target: string, data: Uint8Array) => Promise<void>,
) {
  return {
    async read(): Promise<z.output<Schema> | null> {
      try {
        const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(value: z.input<Schema>): Promise<void> {
      const valid = schema.parse(value);
      await writeFile(file, new TextEncoder().encode(JSON.stringify(valid)));
    },
  };
}

export type JsonStateFile<T> = { read(): Promise<T | null>; write(value: T): Promise<void> };
