import 'server-only';
import { AppError } from '@/lib/server/errors';

/** Deeper JSON than any Counterpoint payload needs (a W3C import is about 8 levels). */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads a request body as a stream, refusing it (413) as soon as it passes `maxBytes` — a declared
 * Content-Length over the cap is refused before reading anything, and a chunked body is cancelled
 * at the first byte too many, so a huge body is never held in memory.
 * Invalid UTF-8 is a 400 rather than text silently rewritten to U+FFFD.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid UTF-8 text.');
  }
}

/** The body's bytes, read under the same cap as `readBodyText` (for multipart uploads). */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Parses JSON text; malformed or too deeply nested JSON is a 400, never a crash. */
export function parseJsonText(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  if (text.trim() === '') throw new AppError('BAD_REQUEST', 'The request body is empty: send a JSON object.');
  // Checked before parsing: code that walks the parsed value recursively (schemas, the import)
  // would otherwise overflow the stack on a body nested 100,000 deep.
  if (nestingDepth(text, maxDepth) > maxDepth) {
    throw new AppError('BAD_REQUEST', `The JSON is nested more than ${maxDepth} levels deep; no Counterpoint request needs that.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

/**
 * The deepest bracket nesting in JSON text, counting only brackets outside strings; stops
 * counting once past `stopAbove`. Linear, no recursion; malformed text is left to JSON.parse.
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash escapes the next character, e.g. \"
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The request body is over ${formatBytes(maxBytes)}; send less at a time.`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`;
}
