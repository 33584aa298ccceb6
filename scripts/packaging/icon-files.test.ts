import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngSize, readIcns, readIco } from './icon-files.ts';

const square = (size: number) =>
  sharp({ create: { width: size, height: size, channels: 4, background: '#2e6b63' } })
    .png()
    .toBuffer();

describe('icon file readers', () => {
  it('reads a PNG size and refuses what is not a PNG', async () => {
    expect(pngSize(await square(24))).toEqual({ width: 24, height: 24 });
    expect(() => pngSize(Buffer.from('GIF89a............................'))).toThrow(/not a PNG/);
  });

  it('lists an ICO with PNG and BMP images, and refuses a cut-short one', async () => {
    const ico = new IconIco();
    await ico.addFromPng(await square(256), null, true);
    await ico.addFromPng(await square(16), null, true);
    const bytes = ico.encode();
    expect(readIco(bytes)).toMatchObject([
      { width: 256, height: 256, encoding: 'png' },
      { width: 16, height: 16, encoding: 'bmp' },
    ]);
    expect(() => readIco(bytes.subarray(0, bytes.length - 10))).toThrow(/past the end/);
    expect(() => readIco(Buffer.from([0, 0, 2, 0, 1, 0]))).toThrow(/not an ICO/);
  });

  it('lists an ICNS, and refuses one whose length does not add up', async () => {
    const icns = new IconIcns();
    icns.toc = true;
    await icns.addFromPng(await square(64), ['ic12'], true);
    const bytes = icns.encode();
    expect(readIcns(bytes)).toMatchObject([{ type: 'TOC ' }, { type: 'ic12', png: { width: 64, height: 64 } }]);
    expect(() => readIcns(bytes.subarray(0, bytes.length - 1))).toThrow(/says \d+ bytes/);
  });
});
