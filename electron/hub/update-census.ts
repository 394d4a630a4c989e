import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * How many structs of an update the hub does not hold yet, read straight off the bytes
 * (Yjs' update format v1) without making an object per struct. A full decode of an update
 * of 50 000 tiny map entries makes some 30 MB of objects; refused for the size cap only
 * after that, a flood of them keeps the hub's heap full of garbage. Counted first, such an
 * update is refused for what it certainly costs (update-limits.ts: at least ITEM_COST a
 * struct) before it is decoded. Returns 0 for anything it cannot read: the full check
 * then says what is wrong.
 */
export function newStructCount(doc: Y.Doc, update: Uint8Array): number {
  try {
    return count(doc, decoding.createDecoder(update));
  } catch {
    return 0;
  }
}

const skipString = (d: decoding.Decoder) => void decoding.readVarUint8Array(d);

function skipId(d: decoding.Decoder): void {
  decoding.readVarUint(d);
  decoding.readVarUint(d);
}

/** The clock length of an item's content, skipping over it (contentRefs in yjs). */
function contentLength(d: decoding.Decoder, ref: number): number {
  switch (ref) {
    case 1: // deleted
      return decoding.readVarUint(d);
    case 2: {
      // JSON: a list of strings
      const len = decoding.readVarUint(d);
      for (let i = 0; i < len; i++) skipString(d);
      return len;
    }
    case 3: // binary
      skipString(d);
      return 1;
    case 4: // string: its length in UTF-16 units is its clock length
      return decoding.readVarString(d).length;
    case 5: // embed
      skipString(d);
      return 1;
    case 6: // format: key, value
      skipString(d);
      skipString(d);
      return 1;
    case 7: {
      // type: XmlElement (3) and XmlHook (5) carry a name
      const typeRef = decoding.readVarUint(d);
      if (typeRef === 3 || typeRef === 5) skipString(d);
      return 1;
    }
    case 8: {
      // any: a list of values
      const len = decoding.readVarUint(d);
      for (let i = 0; i < len; i++) decoding.readAny(d);
      return len;
    }
    case 9: // doc: guid, options
      skipString(d);
      decoding.readAny(d);
      return 1;
    default:
      throw new Error(`unknown content ${ref}`);
  }
}

function count(doc: Y.Doc, d: decoding.Decoder): number {
  let fresh = 0;
  const clients = decoding.readVarUint(d);
  for (let c = 0; c < clients; c++) {
    const structs = decoding.readVarUint(d);
    const client = decoding.readVarUint(d);
    let clock = decoding.readVarUint(d);
    const held = Y.getState(doc.store, client);
    for (let i = 0; i < structs; i++) {
      const info = decoding.readUint8(d);
      const ref = info & 0b11111;
      let length: number;
      if (ref === 0 || ref === 10)
        length = decoding.readVarUint(d); // GC, skip
      else {
        const hasOrigin = (info & 0b10000000) !== 0;
        const hasRightOrigin = (info & 0b01000000) !== 0;
        if (hasOrigin) skipId(d);
        if (hasRightOrigin) skipId(d);
        if (!hasOrigin && !hasRightOrigin) {
          // The parent: a top-level name, or the id of the item holding it; then the key.
          if (decoding.readVarUint(d) === 1) skipString(d);
          else skipId(d);
          if ((info & 0b00100000) !== 0) skipString(d);
        }
        length = contentLength(d, ref);
      }
      if (held < clock + length) fresh++;
      clock += length;
    }
  }
  return fresh;
}
