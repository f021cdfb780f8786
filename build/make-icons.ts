/**
 * `npx tsx build/make-icons.ts`: renders the app icon (renderer/public/icon.svg) into the files
 * electron-builder looks for in build/: icon.png (1024 px, Linux and the fallback), icon.icns (macOS,
 * drawn on Apple's grid with its margin) and icon.ico (Windows, 16–256 px). Each size is drawn from
 * the SVG by Chromium, not scaled down from a bitmap. Run it again when the SVG changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('renderer/public/icon.svg', 'utf8');

/** RGBA pixels and a PNG of the icon at `size` px, the artwork scaled by `scale` and centred. */
interface Drawn {
  size: number;
  png: Buffer;
  rgba: Uint8Array;
}

/** Runs in the page (as text: this file is type-checked without the DOM): draws the SVG on a canvas. */
const drawInPage = `async ({ svgText, size, scale }) => {
  const image = new Image();
  image.src = 'data:image/svg+xml;base64,' + btoa(svgText);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  const side = Math.round(size * scale);
  const offset = Math.round((size - side) / 2);
  context.drawImage(image, offset, offset, side, side);
  return { png: canvas.toDataURL('image/png').split(',')[1], rgba: Array.from(context.getImageData(0, 0, size, size).data) };
}`;

async function drawAll(requests: { size: number; scale: number }[]): Promise<Drawn[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const results: Drawn[] = [];
    for (const { size, scale } of requests) {
      const drawn = (await page.evaluate(`(${drawInPage})(${JSON.stringify({ svgText: svg, size, scale })})`)) as { png: string; rgba: number[] };
      results.push({ size, png: Buffer.from(drawn.png, 'base64'), rgba: Uint8Array.from(drawn.rgba) });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** A classic 32-bit icon image (BGRA rows bottom-up, then the AND mask), which every Windows tool reads. */
function bmpEntry({ size, rgba }: Drawn): Buffer {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows and mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2]!;
      pixels[to + 1] = rgba[from + 1]!;
      pixels[to + 2] = rgba[from]!;
      pixels[to + 3] = rgba[from + 3]!;
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]); // alpha decides; the mask stays clear
}

/** An .ico with small sizes as bitmaps and 256 px as PNG (the Vista convention). */
function ico(images: Drawn[]): Buffer {
  const entries = images.map((image) => (image.size >= 256 ? image.png : bmpEntry(image)));
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach((image, i) => {
    const at = 6 + 16 * i;
    directory.writeUInt8(image.size >= 256 ? 0 : image.size, at);
    directory.writeUInt8(image.size >= 256 ? 0 : image.size, at + 1);
    directory.writeUInt16LE(1, at + 4);
    directory.writeUInt16LE(32, at + 6);
    directory.writeUInt32LE(entries[i]!.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += entries[i]!.length;
  });
  return Buffer.concat([directory, ...entries]);
}

/** An .icns of PNG entries, one per type Apple defines for that pixel size. */
function icns(entries: { type: string; image: Drawn }[]): Buffer {
  const chunks = entries.map(({ type, image }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + image.png.length, 4);
    return Buffer.concat([head, image.png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, c) => sum + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function main(): Promise<void> {
  const icoSizes = [16, 24, 32, 48, 64, 128, 256];
  const macTypes: [string, number][] = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];
  const macSizes = [...new Set(macTypes.map(([, size]) => size))];
  const full = await drawAll([...icoSizes, 1024].map((size) => ({ size, scale: 1 })));
  // Apple's grid: the artwork is 824 of 1024 px, centred, so it sits with the system's icons.
  const mac = await drawAll(macSizes.map((size) => ({ size, scale: 824 / 1024 })));
  writeFileSync('build/icon.png', full.find((d) => d.size === 1024)!.png);
  writeFileSync('build/icon.ico', ico(full.filter((d) => icoSizes.includes(d.size))));
  writeFileSync('build/icon.icns', icns(macTypes.map(([type, size]) => ({ type, image: mac.find((d) => d.size === size)! }))));
  process.stdout.write('Wrote build/icon.png, build/icon.ico and build/icon.icns.\n');
}

void main();
