import type { ReactNode } from 'react';
import { z } from 'zod';

// The source's trailer is stored as JSON metadata; parse it defensively before showing it.
const ZTrailer = z.object({
  about: z.string().nullable().optional(),
  disclaimer: z.string().nullable().optional(),
  readMore: z
    .object({ heading: z.string(), titles: z.array(z.string()) })
    .nullable()
    .optional(),
  acknowledgement: z.string().nullable().optional(),
});

/** "About the contributor", disclaimer and further reading: shown after the essay, never claims. */
export function EssayTrailer({ metadata }: { metadata: unknown }) {
  const parsed = ZTrailer.safeParse(metadata);
  if (!parsed.success) return null;
  const { about, disclaimer, readMore, acknowledgement } = parsed.data;
  if (!about && !disclaimer && !readMore && !acknowledgement) return null;
  return (
    <aside aria-label="About this essay" className="mt-10 border-t border-stone-200 pt-6 font-sans text-sm text-stone-600">
      <dl className="space-y-3">
        {about ? <Entry label="About the contributor">{about}</Entry> : null}
        {disclaimer ? <Entry label="Disclaimer">{disclaimer}</Entry> : null}
        {readMore ? (
          <Entry label={readMore.heading}>
            <ul className="list-disc pl-5">
              {readMore.titles.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          </Entry>
        ) : null}
        {acknowledgement ? <Entry label="Acknowledgement">{acknowledgement}</Entry> : null}
      </dl>
    </aside>
  );
}

function Entry({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-stone-700">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
