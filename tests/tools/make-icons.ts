/**
 * Draws the extension icon (a white check mark on a blue rounded square) at 16, 32, 48 and
 * 128 px and writes `public/icons/<size>.png`, where WXT finds them for the manifest.
 *
 * Run with `npx tsx tests/tools/make-icons.ts` after changing the drawing; the PNGs are
 * committed so that a build needs no extra step.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const BLUE: Rgb = [0x1d, 0x5b, 0xc4];
const WHITE: Rgb = [0xff, 0xff, 0xff];

type Rgb = readonly [number, number, number];

/** Samples per pixel along each axis, for anti-aliased edges. */
const SUPERSAMPLING = 4;

/** Returns the colour and coverage of one point, in coordinates from 0 to 1. */
function shade(x: number, y: number): { color: Rgb; inside: boolean } {
  const radius = 0.2;
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  if (dx * dx + dy * dy > radius * radius) return { color: BLUE, inside: false };
  const onCheck =
    distanceToSegment(x, y, 0.24, 0.52, 0.43, 0.71) < 0.075 ||
    distanceToSegment(x, y, 0.43, 0.71, 0.77, 0.32) < 0.075;
  return { color: onCheck ? WHITE : BLUE, inside: true };
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

/** Renders one icon as RGBA rows, each prefixed with PNG filter type 0 (none). */
function renderRows(size: number): Buffer {
  const rowBytes = 1 + size * 4;
  const pixels = Buffer.alloc(rowBytes * size);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (column + (sx + 0.5) / SUPERSAMPLING) / size;
          const y = (row + (sy + 0.5) / SUPERSAMPLING) / size;
          const { color, inside } = shade(x, y);
          if (!inside) continue;
          covered++;
          red += color[0];
          green += color[1];
          blue += color[2];
        }
      }
      const offset = row * rowBytes + 1 + column * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(red / covered);
        pixels[offset + 1] = Math.round(green / covered);
        pixels[offset + 2] = Math.round(blue / covered);
      }
      pixels[offset + 3] = Math.round((255 * covered) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes a square RGBA image (8 bits per channel, no interlace) as PNG. */
export function encodeIcon(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(renderRows(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/tools/make-icons.ts')) {
  for (const size of ICON_SIZES) {
    const path = resolve('public/icons', `${size}.png`);
    writeFileSync(path, encodeIcon(size));
    console.log(`wrote ${path}`);
  }
}
