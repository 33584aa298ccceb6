import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { draftRepository } from './repositories';

/**
 * A form's stored draft, read once: undefined while reading, null when there is none (or it
 * no longer fits `schema`, or cannot be read: the form then starts blank rather than not at all).
 */
export function useStoredDraft<T>(id: string, schema: z.ZodType<T>): T | null | undefined {
  const [read, setRead] = useState<{ id: string; value: T | null }>();
  useEffect(() => {
    let current = true;
    draftRepository
      .load(id, schema)
      .catch(() => undefined)
      .then((value) => {
        if (current) setRead({ id, value: value ?? null });
      });
    return () => {
      current = false;
    };
  }, [id, schema]);
  return read?.id === id ? read.value : undefined;
}
