// Draws the Offsite app icon (a target on a rounded tile: the OKR "aim") with plain pixel
// math and writes it as PNG with zlib — no image library needed. electron-builder derives
// the macOS .icns and Windows .ico from assets/icon.png.
//   node scripts/make-icons.mjs   → assets/icon.png (1024²), assets/icon-512.png
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA pixels (Uint8Array, width*height*4) → PNG bytes. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(
      raw,
      y * (width * 4 + 1) + 1,
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (h) => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
];
const TILE_TOP = hex('#1f7a8c');
const TILE_BOTTOM = hex('#0f3d4c');
const RING = hex('#f7f5f0');
const GAP = hex('#164f60');
const BULL = hex('#f2784b');

/** Colour (RGBA, 0..1 alpha) of the icon at unit coordinates (u, v) in [0, 1). */
function sample(u, v) {
  // Rounded tile with a margin, as macOS icons have.
  const m = 0.08;
  const r = 0.2;
  const x = Math.min(Math.max(u, m + r), 1 - m - r);
  const y = Math.min(Math.max(v, m + r), 1 - m - r);
  if (Math.hypot(u - x, v - y) > r) return null;
  const t = (v - m) / (1 - 2 * m);
  const tile = TILE_TOP.map((c, i) => c + (TILE_BOTTOM[i] - c) * t);
  // A subtle drop shadow under the target, offset down-right.
  const d = Math.hypot(u - 0.5, v - 0.5);
  const ds = Math.hypot(u - 0.515, v - 0.53);
  if (d <= 0.3) {
    if (d <= 0.075) return BULL;
    if (d <= 0.135) return RING;
    if (d <= 0.185) return GAP;
    if (d <= 0.245) return RING;
    if (d <= 0.27) return GAP;
    return RING;
  }
  if (ds <= 0.31) return tile.map((c) => c * 0.8);
  return tile;
}

/** Renders the icon at `size`² with 4×4 supersampling for smooth edges. */
export function renderIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c === null) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return rgba;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  for (const [size, name] of [
    [1024, 'icon.png'],
    [512, 'icon-512.png'],
  ]) {
    writeFileSync(join(assets, name), encodePng(size, size, renderIcon(size)));
    console.log(`wrote assets/${name} (${size}×${size})`);
  }
}
