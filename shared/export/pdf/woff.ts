/**
 * WOFF → plain TrueType/OpenType (sfnt), with the platform's own inflate (Node's zlib,
 * the browser's DecompressionStream). fontkit 2.0 inflates WOFF tables with tiny-inflate,
 * which is slow and fails on some valid tables ("Data error" on the cmap of Noto Sans SC's
 * subset 101): the fallback fonts reach @react-pdf as sfnt data URLs instead.
 */

/** Inflates one zlib stream whose inflated size is `length`. */
export type Inflate = (data: Uint8Array, length: number) => Uint8Array | Promise<Uint8Array>;

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** The sfnt inside a WOFF file (https://www.w3.org/TR/WOFF/). Throws on anything else. */
export async function woffToSfnt(woff: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || src.getUint32(0) !== WOFF_SIGNATURE)
    throw new Error('not a WOFF font');
  const numTables = src.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + 20 * i;
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(raw, origLength) : raw;
    if (data.byteLength !== origLength) throw new Error('a WOFF table has the wrong length');
    tables.push({ tag: src.getUint32(at), checksum: src.getUint32(at + 16), data });
  }
  const headerLength = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((n, t) => n + padded(t.data.byteLength), headerLength);
  const out = new Uint8Array(total);
  const dst = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(Math.max(numTables, 1)));
  const searchRange = 16 * 2 ** entrySelector;
  dst.setUint32(0, src.getUint32(4)); // the flavour: TrueType or CFF
  dst.setUint16(4, numTables);
  dst.setUint16(6, searchRange);
  dst.setUint16(8, entrySelector);
  dst.setUint16(10, numTables * 16 - searchRange);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += padded(t.data.byteLength);
  });
  return out;
}

/** Bytes as a base64 `data:` URL, which @react-pdf reads in Node and in a browser alike. */
export function fontDataUrl(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  // Not font/ttf: the build's bundle-split test looks for that to find the inline DejaVu chunk.
  return `data:font/sfnt;base64,${btoa(binary)}`;
}
