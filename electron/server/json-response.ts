import type { ServerResponse } from 'node:http';

/** Every API answer's headers: nothing to sniff, cache, refer or frame. */
export const API_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

export function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** An error answer: `{"error": sentence}`. */
export const jsonError = (res: ServerResponse, status: number, message: string): void =>
  json(res, status, { error: message });
