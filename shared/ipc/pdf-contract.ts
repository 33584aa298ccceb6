import { z } from 'zod';
import { PrintJobSchema } from '../print-job';

const RESERVED = new Set(['/', '\\', ':', '*', '?', '"', '<', '>', '|']);

/** A bare file name: no folders, no characters any desktop OS reserves, no control characters. */
function isPlainFileName(name: string): boolean {
  return [...name].every((char) => !RESERVED.has(char) && char.charCodeAt(0) >= 32) && name !== '.' && name !== '..';
}

/** `pdf.*`: printing the print view to a PDF file the person chooses. */
export const pdfContract = {
  'pdf.export': {
    // A pack of twenty stories at their longest, measured as JSON.
    maxPayloadBytes: 16_000_000,
    input: z
      .object({
        /** What to print: the stories themselves, and how (the print window reads nothing else). */
        job: PrintJobSchema,
        /** Suggested file name (without folder); the person picks the real path. */
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(120)
          .refine(isPlainFileName, 'A file name cannot contain / \\ : * ? " < > | or control characters.'),
      })
      .strict(),
    output: z.union([
      z.object({ saved: z.literal(true), path: z.string() }).strict(),
      z.object({ saved: z.literal(false) }).strict(),
    ]),
  },
} as const;
