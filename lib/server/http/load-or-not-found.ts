import 'server-only';
import { notFound } from 'next/navigation';
import { AppError, type TAppErrorCode } from '@/lib/server/errors';

/**
 * Runs a page's load and turns the AppError codes that mean "not there for you" (NOT_FOUND unless
 * told otherwise) into Next's 404 page, so a private essay or cohort looks exactly like a missing
 * one. Every other error is rethrown untouched: it is a bug or an outage, not an absent page.
 */
export async function loadOrNotFound<T>(load: () => Promise<T>, asMissing: readonly TAppErrorCode[] = ['NOT_FOUND']): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && asMissing.includes(error.code)) notFound();
    throw error;
  }
}
