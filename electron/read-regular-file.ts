import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;

/** Thrown for a file that is not an ordinary file, or one larger than the limit; the message is for people. */
export class UnreadableFileError extends Error {}

const notAFile = () =>
  new UnreadableFileError(
    'This is not a file that can be imported (it is a folder, a device or a pipe). Nothing was changed.',
  );
const tooLarge = () =>
  new UnreadableFileError('This backup cannot be imported: the file is too large. Nothing was changed.');

/**
 * Reads a file the person chose, as UTF-8, refusing anything but a regular file and never
 * reading more than `maxBytes` + 1 bytes. A pipe or a device (a FIFO, a link to
 * /dev/zero) reports size 0 and a plain read of it never ends: it is refused by `stat`
 * before opening, then again on the open handle, in case the path was swapped in between.
 * It is opened non-blocking where the platform has that, since opening a FIFO for reading
 * otherwise waits for a writer; a regular file reads the same either way.
 */
export async function readRegularFileUpTo(file: string, maxBytes: number): Promise<string> {
  if (!(await stat(file)).isFile()) throw notAFile();
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw notAFile();
    if (opened.size > maxBytes) throw tooLarge();
    // The size can change while reading (or lie, as in /proc): the limit holds whatever it says.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      const buffer = new Uint8Array(Math.min(CHUNK_BYTES, room));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge();
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    await handle.close();
  }
}
