import { z } from 'zod';

/** Record ids as the app makes them (UUIDs), and nothing that could bend a URL or a file name. */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a valid id.');
