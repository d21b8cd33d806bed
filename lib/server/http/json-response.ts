import 'server-only';
import { NextResponse } from 'next/server';

// `next start` gzips answers of 1 KB or more (compression's threshold) — and every answer of a
// route handler whatever its size, as it streams them without a length (it drops a
// Content-Length the handler sets). Gzipping a rating's few hundred bytes cost about half a
// millisecond of CPU per write (a tenth of its whole cost in a bench:writes profile) to save
// nothing on the wire. Cache-Control `no-transform` is the one switch the compressor honours per
// answer, so small answers carry it; larger ones (a page of threads) are still compressed.
const COMPRESSION_THRESHOLD_BYTES = 1024;

/** A JSON answer; under 1 KB it goes out uncompressed. */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): NextResponse {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { ...init.headers, 'Content-Type': 'application/json' };
  if (Buffer.byteLength(text) < COMPRESSION_THRESHOLD_BYTES) {
    const cacheControl = headers['Cache-Control'];
    headers['Cache-Control'] = cacheControl ? `${cacheControl}, no-transform` : 'no-transform';
  }
  return new NextResponse(text, { status: init.status ?? 200, headers });
}
