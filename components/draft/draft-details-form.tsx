'use client';
import { useId, useState, type FormEvent } from 'react';
import type { TDraftView } from '@/lib/server/queries/draft/get-draft-for-viewer';
import { saveDraftDetails } from '@/components/draft/draft-api';
import { CARD, FIELD, PRIMARY } from '@/components/ui/field-styles';
import { FormError } from '@/components/ui/form-error';
import { useSubmit } from '@/components/ui/use-submit';

const FIELDS = [
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'authorName', label: 'Author', type: 'text' },
  { key: 'sourceName', label: 'Source (publication)', type: 'text' },
  { key: 'sourceUrl', label: 'Source address', type: 'url' },
] as const;
type TKey = (typeof FIELDS)[number]['key'];

/** The draft's title, author and source, corrected before publishing (empty source fields remove them). */
export function DraftDetailsForm({ draft, onSaved }: { draft: TDraftView; onSaved: (draft: TDraftView) => void }) {
  const id = useId();
  const [values, setValues] = useState<Record<TKey, string>>({
    title: draft.title,
    authorName: draft.authorName,
    sourceName: draft.sourceName ?? '',
    sourceUrl: draft.sourceUrl ?? '',
  });
  const [saved, setSaved] = useState(false);
  const { isBusy, error, run } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const details = {
      title: values.title,
      authorName: values.authorName,
      sourceName: values.sourceName.trim() === '' ? null : values.sourceName,
      sourceUrl: values.sourceUrl.trim() === '' ? null : values.sourceUrl,
    };
    await run(
      () => saveDraftDetails(draft.slug, details),
      (data) => {
        onSaved(data.draft);
        setSaved(true);
      },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className={CARD}>
      <h2 id={`${id}-heading`} className="font-serif text-xl font-semibold">
        Details
      </h2>
      {/* noValidate: the server's messages (limits, URL shape) are the ones people see. */}
      <form onSubmit={(e) => void submit(e)} noValidate className="mt-3 grid gap-3 sm:grid-cols-2" aria-label="Draft details">
        {FIELDS.map((field) => (
          <div key={field.key}>
            <label htmlFor={`${id}-${field.key}`} className="block text-sm font-medium">
              {field.label}
            </label>
            <input
              id={`${id}-${field.key}`}
              type={field.type}
              value={values[field.key]}
              onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
              className={FIELD}
            />
          </div>
        ))}
        <div className="sm:col-span-2">
          <FormError error={error} testId="details-error" />
          <button type="submit" className={PRIMARY} disabled={isBusy}>
            Save details
          </button>
          {saved ? (
            <span role="status" className="ml-3 text-sm text-emerald-800">
              Saved.
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
