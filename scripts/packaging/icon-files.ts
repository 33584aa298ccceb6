// Readers for the icon containers `npm run icons` writes, so it can check its own output
// instead of trusting the encoder: a broken ICO or ICNS only shows on a Windows or macOS
// machine, long after the build that made it.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR, or an error saying why the bytes are not a PNG. */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG (no signature)');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG (no IHDR first)');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export type IcoImage = { width: number; height: number; encoding: 'png' | 'bmp'; bytes: number };

/**
 * The images of a Windows ICO, each checked against its directory entry (in bounds, a PNG
 * of the stated size or a BMP info header of the stated width).
 */
export function readIco(data: Uint8Array): IcoImage[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) {
    throw new Error('not an ICO (bad header)');
  }
  const count = bytes.readUInt16LE(4);
  if (bytes.length < 6 + 16 * count) throw new Error(`ICO directory of ${count} entries is cut short`);
  const images: IcoImage[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 6 + 16 * index;
    // 0 in the one-byte width and height means 256.
    const width = bytes.readUInt8(entry) || 256;
    const height = bytes.readUInt8(entry + 1) || 256;
    const size = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    if (offset + size > bytes.length) throw new Error(`ICO image ${width}x${height} runs past the end of the file`);
    const image = bytes.subarray(offset, offset + size);
    if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
      const png = pngSize(image);
      if (png.width !== width || png.height !== height) {
        throw new Error(`ICO entry says ${width}x${height}, its PNG is ${png.width}x${png.height}`);
      }
      images.push({ width, height, encoding: 'png', bytes: size });
    } else {
      // A BMP entry is a BITMAPINFOHEADER (40 bytes) whose height counts the mask too.
      if (image.readUInt32LE(0) !== 40 || image.readInt32LE(4) !== width || image.readInt32LE(8) !== height * 2) {
        throw new Error(`ICO entry ${width}x${height} is neither a PNG nor a matching BMP`);
      }
      images.push({ width, height, encoding: 'bmp', bytes: size });
    }
  }
  return images;
}

export type IcnsChunk = { type: string; bytes: number; png?: { width: number; height: number } };

/** The chunks of a macOS ICNS, after checking the stated lengths add up to the file's. */
export function readIcns(data: Uint8Array): IcnsChunk[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== 'icns') throw new Error('not an ICNS (no magic)');
  if (bytes.readUInt32BE(4) !== bytes.length) {
    throw new Error(`ICNS says ${bytes.readUInt32BE(4)} bytes, the file has ${bytes.length}`);
  }
  const chunks: IcnsChunk[] = [];
  for (let offset = 8; offset < bytes.length;) {
    if (offset + 8 > bytes.length) throw new Error('ICNS chunk header cut short');
    const type = bytes.toString('latin1', offset, offset + 4);
    const length = bytes.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > bytes.length) throw new Error(`ICNS chunk ${type} has a bad length`);
    const body = bytes.subarray(offset + 8, offset + length);
    chunks.push(
      body.subarray(0, 8).equals(PNG_SIGNATURE) ? { type, bytes: length, png: pngSize(body) } : { type, bytes: length },
    );
    offset += length;
  }
  return chunks;
}
