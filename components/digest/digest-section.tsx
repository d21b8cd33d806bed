import type { ReactNode } from 'react';
import { CARD } from '@/components/ui/field-styles';

/**
 * One part of the digest: a card on screen; on paper a page of its own (every section after the
 * first starts a new page, and the card's frame and background are dropped).
 */
export function DigestSection({
  id,
  title,
  isFirst = false,
  children,
}: {
  id: string;
  title: string;
  isFirst?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`digest-${id}-title`}
      data-testid={`digest-${id}`}
      className={`${CARD} space-y-4 print:border-0 print:p-0 ${isFirst ? '' : 'print:break-before-page'}`}
    >
      <h2 id={`digest-${id}-title`} className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

// One calendar, whatever the server's locale (as the author's responses show dates).
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export function DigestDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{DATE.format(new Date(iso))}</time>;
}
