// `npm run icons`: renders build/icon.svg and build/tray.svg into every icon the installers
// and the running app need, then reads each file back and checks it. The outputs are not
// committed (they are derived, and binary diffs of them tell a reviewer nothing); npm runs
// this before every build, so it has to stay quick and give the same bytes every time.
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { pngSize, readIcns, readIco } from './packaging/icon-files.ts';

const root = path.join(import.meta.dirname, '..');

/** electron-builder's Linux icon set: build/icons/<size>x<size>.png. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Windows shows 16-48 in lists and the taskbar, 256 in large views; 256 is the ICO maximum. */
const ICO_SIZES = [256, 128, 64, 48, 32, 24, 16] as const;
/** The images and order iconutil writes on macOS 10.14+ (`@2x` types hold twice the pixels). */
const ICNS_IMAGES = [
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic04', 16],
  ['ic14', 512],
  ['ic09', 512],
  ['ic05', 32],
  ['ic10', 1024],
  ['ic11', 32],
] as const;

type Source = { file: string; svg: Buffer; viewBox: number };

function readSource(file: string): Source {
  const svg = readFileSync(path.join(root, file));
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg.toString('utf8'));
  if (!viewBox || viewBox[1] !== viewBox[2]) throw new Error(`${file}: needs a square viewBox="0 0 N N"`);
  return { file, svg, viewBox: Number(viewBox[1]) };
}

/**
 * Rasterises the SVG straight at the wanted size (density scales the viewBox to it), so a
 * 16 px icon is drawn for 16 px rather than shrunk from a big bitmap. Fixed PNG settings
 * keep the bytes identical from run to run.
 */
async function render(source: Source, size: number): Promise<Buffer> {
  return sharp(source.svg, { density: (72 * size) / source.viewBox })
    .resize(size, size)
    .png({ compressionLevel: 9, adaptiveFiltering: false, palette: false })
    .toBuffer();
}

/** Pixels of an RGBA PNG, to check what was drawn rather than only the header. */
async function pixels(png: Buffer): Promise<{ data: Buffer; channels: number }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, channels: info.channels };
}

async function checkPng(name: string, png: Buffer, size: number, blackOnly = false): Promise<void> {
  const actual = pngSize(png);
  if (actual.width !== size || actual.height !== size) {
    throw new Error(`${name}: expected ${size}x${size}, got ${actual.width}x${actual.height}`);
  }
  const { data, channels } = await pixels(png);
  if (channels !== 4) throw new Error(`${name}: expected RGBA, got ${channels} channels`);
  let opaque = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    if (data[offset + 3] === 0) continue;
    opaque += 1;
    // A macOS template image is read for its alpha only; colour in it means the wrong source.
    if (blackOnly && (data[offset] !== 0 || data[offset + 1] !== 0 || data[offset + 2] !== 0)) {
      throw new Error(`${name}: a template image must be black and transparent only`);
    }
  }
  if (opaque === 0) throw new Error(`${name}: nothing was drawn`);
}

function sameSet(name: string, actual: readonly (string | number)[], expected: readonly (string | number)[]): void {
  const sorted = (values: readonly (string | number)[]) => [...values].map(String).sort().join(',');
  if (sorted(actual) !== sorted(expected)) {
    throw new Error(`${name}: holds ${sorted(actual)}, expected ${sorted(expected)}`);
  }
}

/** Writes only what changed, so a rebuild does not wake file watchers for identical icons. */
function writeIfChanged(file: string, data: Uint8Array): boolean {
  const target = path.join(root, file);
  try {
    if (Buffer.compare(readFileSync(target), data) === 0) return false;
  } catch {
    // Not there yet.
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, data);
  return true;
}

/** Generates and checks every icon; returns the files it stands behind, relative to the root. */
export async function generateIcons(): Promise<{ files: string[]; written: number }> {
  const icon = readSource('build/icon.svg');
  const tray = readSource('build/tray.svg');
  const outputs = new Map<string, Uint8Array>();

  const iconPngs = new Map<number, Buffer>();
  for (const size of new Set<number>([...LINUX_SIZES, ...ICO_SIZES])) {
    const png = await render(icon, size);
    await checkPng(`icon ${size}`, png, size);
    iconPngs.set(size, png);
  }
  const iconPng = (size: number): Buffer => {
    const png = iconPngs.get(size);
    if (!png) throw new Error(`no ${size} px render of the icon`);
    return png;
  };
  for (const size of LINUX_SIZES) outputs.set(`build/icons/${size}x${size}.png`, iconPng(size));

  // null: BMP up to 48 px and PNG above, as Windows' own icons do; older readers (NSIS's
  // installer icon among them) expect BMP at the small sizes. raw: sharp's PNG goes in as it is
  // (already checked); re-encoding it in JavaScript cost 0.1 s for the ICO, 0.4 s for the ICNS.
  const ico = new IconIco();
  for (const size of ICO_SIZES) await ico.addFromPng(iconPng(size), null, true);
  const icoBytes = ico.encode();
  sameSet(
    'build/icon.ico',
    readIco(icoBytes).map((image) => image.width),
    ICO_SIZES,
  );
  outputs.set('build/icon.ico', icoBytes);

  const icns = new IconIcns();
  // The table of contents is what iconutil writes since 10.14; Finder reads files without it too.
  icns.toc = true;
  for (const [type, size] of ICNS_IMAGES) await icns.addFromPng(iconPng(size), [type], true);
  const icnsBytes = icns.encode();
  const chunks = readIcns(icnsBytes);
  sameSet(
    'build/icon.icns',
    chunks.map((chunk) => chunk.type).filter((type) => type !== 'TOC '),
    ICNS_IMAGES.map(([type]) => type),
  );
  for (const chunk of chunks) {
    const size = ICNS_IMAGES.find(([type]) => type === chunk.type)?.[1];
    if (chunk.png && size && (chunk.png.width !== size || chunk.png.height !== size)) {
      throw new Error(`build/icon.icns: ${chunk.type} is ${chunk.png.width} px, expected ${size}`);
    }
  }
  outputs.set('build/icon.icns', icnsBytes);

  // Loaded by main at run time from out/renderer/icons/ (Vite copies renderer/public/).
  // The window icon (Linux; Windows and macOS take it from the executable and the bundle).
  outputs.set('renderer/public/icons/app-256.png', iconPng(256));
  // Windows' and Linux's panels may be dark or light: the tile reads on both, where a
  // one-colour glyph vanishes on one of them.
  outputs.set('renderer/public/icons/tray-32.png', iconPng(32));
  // macOS menu bar: black + alpha, named *Template so macOS tints it for the menu bar.
  for (const [name, size] of [
    ['trayTemplate.png', 16],
    ['trayTemplate@2x.png', 32],
  ] as const) {
    const png = await render(tray, size);
    await checkPng(name, png, size, true);
    outputs.set(`renderer/public/icons/${name}`, png);
  }

  let written = 0;
  for (const [file, data] of outputs) if (writeIfChanged(file, data)) written += 1;
  return { files: [...outputs.keys()], written };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const started = performance.now();
  generateIcons().then(
    ({ files, written }) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(`icons: ${files.length} files checked, ${written} written, in ${seconds} s`);
    },
    (error: unknown) => {
      console.error(`icons: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
