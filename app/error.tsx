'use client';

import { Link } from '@/components/ui/link';

/**
 * What a reader sees when a page fails to render (a database that stopped mid-render, say),
 * instead of Next's bare "Application error". Next withholds a server error's message from the
 * browser and passes its digest, which also appears in the server's log line for that failure:
 * shown here so a person reporting the problem can quote it. "Try again" re-renders the page.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">This page could not be shown</h1>
      <p className="mt-3 text-stone-600">Something went wrong on our side. Your notes and ratings are safe; try again in a moment.</p>
      {error.digest ? <p className="mt-2 text-sm text-stone-500">Error reference: {error.digest}</p> : null}
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded bg-stone-900 px-4 py-2 text-white">
          Try again
        </button>
        <Link href="/" className="px-4 py-2 underline underline-offset-4">
          Back to the essays
        </Link>
      </div>
    </div>
  );
}
