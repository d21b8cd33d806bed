'use client';
import NextLink from 'next/link';
import { useState, type ComponentProps } from 'react';

type TProps = Omit<ComponentProps<typeof NextLink>, 'prefetch'>;

/**
 * The app's link: next/link, prefetching its route only once the reader shows intent — a hover, a
 * touch or keyboard focus — not as soon as it scrolls into view (Next.js's "hover-triggered
 * prefetch" pattern).
 *
 * Why: every page here is dynamic (the header reads the session), so a viewport prefetch brings
 * little but the route's tree, and Next.js 16 asks twice per link (its tree, then the route). The
 * reader's page shows eight links: sixteen requests to the server per view (each ~4 ms of its CPU,
 * more than the page's own render) for navigations that mostly never happen. Import this, not
 * next/link (eslint enforces it).
 */
export function Link({ onMouseEnter, onTouchStart, onFocus, ...props }: TProps) {
  const [hasIntent, setHasIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={hasIntent ? null : false}
      onMouseEnter={(event) => {
        setHasIntent(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setHasIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setHasIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
