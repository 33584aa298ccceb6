import type { z } from 'zod';

/**
 * Turns a zod error into one message per field, keyed by the dotted path
 * (`title`, `reflection.whyItHappened`); the first message for a field wins.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}
