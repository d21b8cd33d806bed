'use client';
import { useMemo, useRef } from 'react';

/** 32 hex digits. crypto.getRandomValues, not randomUUID: the latter is missing on plain-http LAN addresses. */
export function newWriteKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The Idempotency-Key of a form's draft. When an answer is lost ("Could not reach Counterpoint")
 * the note may have been saved anyway; pressing the button again sends the same key, so the
 * server answers with that note instead of making a second one. A changed draft is a new write
 * and gets a new key; `settle` after success, so posting the same words again later is a new note.
 */
export function useWriteKey(): { keyFor: (payload: unknown) => string; settle: () => void } {
  const last = useRef<{ payload: string; key: string } | null>(null);
  return useMemo(
    () => ({
      keyFor(payload: unknown): string {
        const text = JSON.stringify(payload);
        if (last.current?.payload !== text) last.current = { payload: text, key: newWriteKey() };
        return last.current.key;
      },
      settle(): void {
        last.current = null;
      },
    }),
    [],
  );
}
