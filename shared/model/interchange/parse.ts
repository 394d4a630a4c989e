import type { ValidationResult } from './json-types';
import { validateWorkshopJson } from './workshop-schema';

/**
 * Parses and validates interchange JSON text. A syntax error becomes one problem at path
 * `(file)` with its line and column, e.g. `(file): not valid JSON: expected ',' or '}'
 * (line 3, column 7)`.
 * @public
 */
export function parseWorkshopJson(text: string): ValidationResult {
  // A byte-order mark is legal in a UTF-8 file but not in JSON.parse.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const { offset, message } = locateJsonError(body);
    const { line, column } = lineAndColumn(body, offset);
    return {
      ok: false,
      problems: [
        { path: '(file)', message: `not valid JSON: ${message} (line ${line}, column ${column})` },
      ],
    };
  }
  return validateWorkshopJson(value);
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where and why text is not JSON. JSON.parse's own messages differ between engines and
 * often carry no position (V8: `Unexpected token 'x', "…" is not valid JSON`), so the
 * location comes from this small scanner of the JSON grammar, run only after a failure.
 */
function locateJsonError(text: string): { offset: number; message: string } {
  let i = 0;
  class Stop extends Error {
    constructor(
      readonly offset: number,
      message: string,
    ) {
      super(message);
    }
  }
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const describe = () =>
    i >= text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(text[i])}`;
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(describe());
  };
  const string = () => {
    const start = i;
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return;
      }
      if (ch < 0x20) fail('control character (such as a line break) inside a string');
      if (ch === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail('bad \\u escape in a string');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('bad escape in a string');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(describe());
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"')
          fail(
            i >= text.length
              ? 'unexpected end of file'
              : 'expected a property name in double quotes',
          );
        string();
        ws();
        if (text[i] !== ':') fail(i >= text.length ? 'unexpected end of file' : "expected ':'");
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail(i >= text.length ? 'unexpected end of file' : "expected ',' or '}'");
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail(i >= text.length ? 'unexpected end of file' : "expected ',' or ']'");
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(describe());
  };
  try {
    value();
    ws();
    if (i < text.length) fail('unexpected text after the end of the JSON');
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    throw e;
  }
  // The scanner accepted what JSON.parse refused (should not happen): point at the start.
  return { offset: 0, message: 'not parseable' };
}
