'use client';

import { useEffect } from 'react';

/**
 * Tells the server, once per page load, that this member opened the essay (the cohort home's
 * "read by"). A separate POST rather than a write in the page's GET, so the reader stays
 * read-only and its statement count unchanged; `keepalive` lets it finish if the reader leaves
 * at once. Nothing is shown: a refusal (rate limit, signed out meanwhile) only means one read
 * goes uncounted.
 */
export function ReadReceipt({ slug }: { slug: string }) {
  useEffect(() => {
    void fetch(`/api/essays/${encodeURIComponent(slug)}/read`, { method: 'POST', keepalive: true }).catch(() => undefined);
  }, [slug]);
  return null;
}
