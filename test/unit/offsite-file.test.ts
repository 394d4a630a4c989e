import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  crc32,
  decodeOffsiteFile,
  docFromOffsiteFile,
  docToJson,
  encodeOffsiteFile,
  encodeOffsiteParts,
  importWorkshopJson,
  NewerSchemaError,
  OffsiteFileError,
  SCHEMA_VERSION,
  type WorkshopJson,
} from '../../shared/model';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/acme-2027.json', import.meta.url), 'utf8'),
) as WorkshopJson;

function fixtureDoc(): Y.Doc {
  const doc = new Y.Doc();
  importWorkshopJson(doc, fixture);
  return doc;
}

function errorOf(fn: () => unknown): OffsiteFileError {
  try {
    fn();
  } catch (e) {
    if (e instanceof OffsiteFileError) return e;
    throw e;
  }
  throw new Error('expected an OffsiteFileError, nothing was thrown');
}

describe('.offsite file format', () => {
  it('crc32 is the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('encode → decode → doc gives the same workshop and a header from its meta', () => {
    const bytes = encodeOffsiteFile(fixtureDoc(), new Date('2027-01-20T10:00:00Z'));
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('OFFSITE\n');
    const { header, update } = decodeOffsiteFile(bytes);
    expect(header).toEqual({
      format: 'offsite.workshop.ydoc',
      version: 1,
      schemaVersion: SCHEMA_VERSION,
      id: fixture.id,
      title: fixture.title,
      savedAt: '2027-01-20T10:00:00.000Z',
    });
    expect(update.length).toBeGreaterThan(1000);
    expect(docToJson(docFromOffsiteFile(bytes))).toEqual(fixture);
  });

  it('an empty doc encodes and decodes too', () => {
    const doc = docFromOffsiteFile(encodeOffsiteFile(new Y.Doc()));
    expect(doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION); // migrated from 0
  });

  it('a file truncated at any of several points says so, with its length and the expected one', () => {
    const bytes = encodeOffsiteFile(fixtureDoc());
    const total = bytes.length;
    for (const cut of [0, 3, 8, 12, 15, 16, 40, Math.floor(total / 2), total - 5, total - 1]) {
      const e = errorOf(() => decodeOffsiteFile(bytes.slice(0, cut)));
      if (cut === 0) expect(e.message).toBe('the file is empty');
      else if (cut < 16)
        expect(e.message).toBe(`the file is truncated (${cut} of at least 16 bytes)`);
      else expect(e.message).toBe(`the file is truncated (${cut} of ${total} bytes)`);
      expect(e.reason).toBe('truncated');
    }
  });

  it('a flipped byte anywhere after the magic is a checksum mismatch', () => {
    const bytes = encodeOffsiteFile(fixtureDoc());
    const headerLength = new DataView(bytes.buffer).getUint32(8);
    // In the header, in the state, in the checksum itself.
    for (const at of [
      16 + 2,
      16 + headerLength + 10,
      Math.floor(bytes.length * 0.7),
      bytes.length - 2,
    ]) {
      const bad = bytes.slice();
      bad[at] = bad[at]! ^ 0x40;
      expect(errorOf(() => decodeOffsiteFile(bad)).message).toBe(
        'checksum mismatch: the file is corrupt',
      );
    }
  });

  it('bytes after the end are corruption, not silently ignored', () => {
    const bytes = encodeOffsiteFile(fixtureDoc());
    const longer = new Uint8Array(bytes.length + 3);
    longer.set(bytes);
    expect(errorOf(() => decodeOffsiteFile(longer)).message).toBe(
      'the file is corrupt: 3 unexpected bytes after its end',
    );
  });

  it('a file of something else is not an Offsite workshop file', () => {
    for (const text of [
      'PK\u0003\u0004 a zip',
      '{"format":"offsite.workshop"}',
      'OFFSITE-but-not\n',
    ]) {
      const e = errorOf(() => decodeOffsiteFile(new TextEncoder().encode(text)));
      expect(e.message).toBe('not an Offsite workshop file');
      expect(e.reason).toBe('not-offsite');
    }
  });

  it('a well-formed file with a foreign header is not an Offsite workshop file', () => {
    const bytes = encodeOffsiteParts(
      { format: 'something.else', version: 1 },
      new Uint8Array([0, 0]),
    );
    expect(errorOf(() => decodeOffsiteFile(bytes)).message).toBe(
      'not an Offsite workshop file (its header is not one)',
    );
  });

  it('a newer format version asks for an update, even when the rest is laid out differently', () => {
    const header = {
      format: 'offsite.workshop.ydoc',
      version: 2,
      schemaVersion: 1,
      id: 'x',
      title: 'x',
      savedAt: '',
    };
    const bytes = encodeOffsiteParts(header, new Uint8Array(50));
    const e = errorOf(() => decodeOffsiteFile(bytes));
    expect(e.message).toBe('made by a newer version of Offsite (format version 2)');
    expect(e.reason).toBe('newer-version');
    // A newer layout may not end where version 1 expects: still "newer", not "corrupt".
    expect(errorOf(() => decodeOffsiteFile(bytes.slice(0, bytes.length - 20))).reason).toBe(
      'newer-version',
    );
  });

  it('a workshop of a newer schema is refused with NewerSchemaError', () => {
    const doc = fixtureDoc();
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    // This code's encoder writes its own schema version whatever the doc claims…
    expect(decodeOffsiteFile(encodeOffsiteFile(doc)).header.schemaVersion).toBe(SCHEMA_VERSION);
    // …so a file from a newer Offsite is laid out by hand, header and doc at the next schema.
    const { header, update } = decodeOffsiteFile(encodeOffsiteFile(doc));
    const bytes = encodeOffsiteParts({ ...header, schemaVersion: SCHEMA_VERSION + 1 }, update);
    expect(decodeOffsiteFile(bytes).header.schemaVersion).toBe(SCHEMA_VERSION + 1);
    expect(() => docFromOffsiteFile(bytes)).toThrow(NewerSchemaError);
    expect(() => docFromOffsiteFile(bytes)).toThrow(/made by a newer version of Offsite/);
  });

  it('a schema-0 workshop (the first prototype) is migrated on load', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Old one');
    const legacy = new Y.Array<string>();
    legacy.push(['No hardware']);
    doc.getMap('onePager').set('notDoing', legacy);
    const loaded = docFromOffsiteFile(encodeOffsiteFile(doc));
    expect(docToJson(loaded).onePager.notDoing).toEqual(['No hardware']);
    expect(loaded.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION);
  });

  it('state bytes that pass the checksum but are not a Yjs update are reported as corrupt', () => {
    const header = {
      format: 'offsite.workshop.ydoc',
      version: 1,
      schemaVersion: 1,
      id: 'x',
      title: 'x',
      savedAt: '',
    };
    const bytes = encodeOffsiteParts(
      header,
      new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 1, 2, 3]),
    );
    const e = errorOf(() => docFromOffsiteFile(bytes));
    expect(e.reason).toBe('corrupt');
    expect(e.message).toMatch(/^the workshop data is corrupt/);
  });
});
