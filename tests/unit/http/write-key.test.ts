import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { readWriteKey } from '@/lib/server/http/write-key';

const KEY = '0123456789abcdef0123456789abcdef';
const request = (path: string, key?: string) =>
  new Request(`http://counterpoint.test${path}`, { method: 'POST', headers: key === undefined ? {} : { 'Idempotency-Key': key } });

describe('reading a write’s Idempotency-Key', () => {
  it('is null when the request has none: the write goes ahead as before', () => {
    expect(readWriteKey(request('/api/essays/e/annotations'), { body: 'x' })).toBeNull();
  });

  it('binds the key to the path and the body, so a key reused for another write can be told apart', () => {
    const hashOf = (path: string, body: unknown) => readWriteKey(request(path, KEY), body)!.requestHash;
    const first = hashOf('/api/essays/e/annotations', { body: 'x' });
    expect(hashOf('/api/essays/e/annotations', { body: 'x' })).toBe(first);
    expect(hashOf('/api/essays/e/annotations', { body: 'y' })).not.toBe(first);
    expect(hashOf('/api/essays/other/annotations', { body: 'x' })).not.toBe(first);
    expect(hashOf('/api/essays/e/arguments', { body: 'x' })).not.toBe(first);
  });

  it('refuses a malformed key with a 400 that says what to send', () => {
    for (const bad of ['', 'too-short', 'with spaces and more than sixteen', 'ä'.repeat(20), 'k'.repeat(129)]) {
      let caught: unknown;
      try {
        readWriteKey(request('/api/essays/e/annotations', bad), {});
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).status).toBe(400);
      expect((caught as AppError).message).toMatch(/a UUID works/);
    }
  });
});
