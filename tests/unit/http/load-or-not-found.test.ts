import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';

// Next's notFound() throws an error whose digest names the 404 fallback; the page renders
// not-found.tsx when it sees that digest. Written out here so the test does not lean on Next's helper.
const NOT_FOUND_DIGEST = 'NEXT_HTTP_ERROR_FALLBACK;404';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

describe('loadOrNotFound', () => {
  it('returns what the load returns', async () => {
    await expect(loadOrNotFound(async () => ({ title: 'On Liberty' }))).resolves.toEqual({ title: 'On Liberty' });
  });

  it('turns a NOT_FOUND AppError into the 404 page', async () => {
    const error = await failure(
      loadOrNotFound(async () => {
        throw new AppError('NOT_FOUND', 'Essay not found.');
      }),
    );
    expect(error).not.toBeInstanceOf(AppError);
    expect((error as { digest?: string }).digest).toBe(NOT_FOUND_DIGEST);
  });

  it('rethrows other AppErrors untouched', async () => {
    const forbidden = new AppError('FORBIDDEN', 'Only moderators can do that.');
    await expect(
      loadOrNotFound(async () => {
        throw forbidden;
      }),
    ).rejects.toBe(forbidden);
  });

  it('rethrows errors that are not AppErrors untouched', async () => {
    const outage = new Error('connection refused');
    await expect(
      loadOrNotFound(async () => {
        throw outage;
      }),
    ).rejects.toBe(outage);
  });

  it('treats the codes it is given as missing, and only those', async () => {
    const error = await failure(
      loadOrNotFound(async () => {
        throw new AppError('FORBIDDEN', 'Not a member.');
      }, ['NOT_FOUND', 'FORBIDDEN']),
    );
    expect((error as { digest?: string }).digest).toBe(NOT_FOUND_DIGEST);
    const conflict = new AppError('CONFLICT', 'That already exists.');
    await expect(
      loadOrNotFound(async () => {
        throw conflict;
      }, ['NOT_FOUND', 'FORBIDDEN']),
    ).rejects.toBe(conflict);
  });
});
