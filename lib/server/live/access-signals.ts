import 'server-only';
import { EventEmitter } from 'node:events';
import { db } from '@/lib/server/db/client';

/**
 * Hints that someone's access to live streams may have ended. Payloads on the PostgreSQL
 * channel (and keys of the in-process emitter): `cohort:<id>` — a membership of that cohort
 * changed or went (sent by a trigger on "Membership", see its migration), so its streams check
 * again now; `signout:<userId>` — that user signed out, so their streams end. The periodic
 * re-check (live-access.ts) still runs: a hint may be lost, the embedded mode hears only its own.
 */
export const LIVE_ACCESS_CHANNEL = 'live_access';

const globalSignals = globalThis as unknown as { liveAccessSignals?: EventEmitter };
const signals = (globalSignals.liveAccessSignals ??= new EventEmitter().setMaxListeners(0));

/** Delivers a hint to this process's streams (the hub calls it for hints heard from PostgreSQL). */
export function emitAccessSignal(key: string): void {
  signals.emit(key);
}

export function onAccessSignal(key: string, listener: () => void): () => void {
  signals.on(key, listener);
  return () => signals.off(key, listener);
}

/** A user signed out: end their open streams here and on every other app instance. */
export async function signalSignOut(userId: string): Promise<void> {
  emitAccessSignal(`signout:${userId}`);
  await db.$executeRaw`SELECT pg_notify(${LIVE_ACCESS_CHANNEL}, ${`signout:${userId}`})`;
}
