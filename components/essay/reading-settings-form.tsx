'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { CARD, FIELD, INLINE_NUMBER_FIELD, PRIMARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';
import { OPINION_MAP_MIN_RATINGS_LIMITS } from '@/lib/schemas/reading-settings-limits';

type TProps = {
  slug: string;
  settings: {
    discussion: 'OPEN' | 'CLOSED';
    opensAt: string | null;
    closesAt: string | null;
    postBeforeSee: boolean;
    opinionMapMinRatings: number;
  };
};

/** A moment as a datetime-local field shows it: the reader's own clock, to the minute. */
function toLocalField(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The field's local time as the instant the server stores (empty: no bound). */
function fromLocalField(value: string): string | null {
  return value === '' ? null : new Date(value).toISOString();
}

/**
 * Staff set an essay's reading settings: open or closed, an optional window, "post before you
 * see", and how many claims a member rates before the opinion map shows groups. The server validates everything again (ZReadingSettings) and tells open readers to reload.
 */
export function ReadingSettingsForm({ slug, settings }: TProps) {
  const router = useRouter();
  const [discussion, setDiscussion] = useState(settings.discussion);
  const [opensAt, setOpensAt] = useState(toLocalField(settings.opensAt));
  const [closesAt, setClosesAt] = useState(toLocalField(settings.closesAt));
  const [postBeforeSee, setPostBeforeSee] = useState(settings.postBeforeSee);
  // Kept as typed: the server says what is wrong with "0" or "2.5" rather than the field hiding it.
  const [minRatings, setMinRatings] = useState(String(settings.opinionMapMinRatings));
  const [saved, setSaved] = useState(false);
  const { isBusy, error, run } = useSubmit();
  const [, startRefresh] = useTransition();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    await run(
      () =>
        requestJson(`/api/essays/${encodeURIComponent(slug)}/settings`, 'PUT', {
          discussion,
          opensAt: fromLocalField(opensAt),
          closesAt: fromLocalField(closesAt),
          postBeforeSee,
          opinionMapMinRatings: Number(minRatings),
        }),
      () => {
        setSaved(true);
        startRefresh(() => router.refresh());
      },
    );
  }

  return (
    <form onSubmit={(event) => void save(event)} className={`${CARD} space-y-3 text-sm`} aria-labelledby="reading-settings-title">
      <h2 id="reading-settings-title" className="font-serif text-xl font-semibold">
        Reading settings
      </h2>
      <fieldset>
        <legend className="font-medium">Discussion</legend>
        <label className="mr-4">
          <input type="radio" name="discussion" checked={discussion === 'OPEN'} onChange={() => setDiscussion('OPEN')} /> Open
        </label>
        <label>
          <input type="radio" name="discussion" checked={discussion === 'CLOSED'} onChange={() => setDiscussion('CLOSED')} /> Closed
          (read-only: everything stays readable and exportable)
        </label>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block font-medium">
          Opens at <span className="font-normal text-stone-500">(optional, your local time)</span>
          <input type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} className={FIELD} />
        </label>
        <label className="block font-medium">
          Closes at <span className="font-normal text-stone-500">(optional, your local time)</span>
          <input type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} className={FIELD} />
        </label>
      </div>
      <label className="block">
        <input type="checkbox" checked={postBeforeSee} onChange={(e) => setPostBeforeSee(e.target.checked)} />{' '}
        <span className="font-medium">Post before you see</span>{' '}
        <span className="text-stone-500">
          — members see the cohort’s notes and arguments only after posting a note of their own (staff and the author always see).
        </span>
      </label>
      <label className="block font-medium">
        Opinion map after
        <input
          type="number"
          inputMode="numeric"
          min={OPINION_MAP_MIN_RATINGS_LIMITS.min}
          max={OPINION_MAP_MIN_RATINGS_LIMITS.max}
          step={1}
          value={minRatings}
          onChange={(e) => setMinRatings(e.target.value)}
          className={INLINE_NUMBER_FIELD}
        />
        rated claims{' '}
        <span className="font-normal text-stone-500">
          — everyone, staff included, sees the opinion groups only after rating this many of the essay’s claims (or all of them, if it has
          fewer).
        </span>
      </label>
      <button type="submit" disabled={isBusy} className={PRIMARY}>
        {isBusy ? 'Saving…' : 'Save reading settings'}
      </button>
      {saved && !isBusy ? (
        <p role="status" className="text-stone-600">
          Saved. Open readers reload with the new settings.
        </p>
      ) : null}
      <FormError error={error} />
    </form>
  );
}
