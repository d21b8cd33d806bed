'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';
import { FLAG_REASON_LABELS } from '@/components/moderation/labels';
import { FLAG_REASONS, type TFlagReason } from '@/lib/schemas/moderation-enums';
import { COMPACT_FIELD } from '@/components/ui/field-styles';
import { labelledOptions, SelectField } from '@/components/ui/select-field';

type TProps = {
  target: { type: 'annotation' | 'argument'; id: string };
  onDone: () => void;
  onCancel: () => void;
};

// Unlike the note fields beside it, the flag form's fields have always had a white ground.
const FIELD = `${COMPACT_FIELD} bg-white`;

/** Sends a note or argument to the cohort's moderators with a reason (and a note, needed for "other"). */
export function FlagForm({ target, onDone, onCancel }: TProps) {
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [reason, setReason] = useState<TFlagReason>('OFF_TOPIC');
  const [note, setNote] = useState('');
  const { isBusy, error, run } = useSubmit();
  useEffect(() => selectRef.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      () => requestJson('/api/flags', 'POST', { target, reason, note: note.trim() === '' ? null : note }),
      () => onDone(),
    );
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label="Flag for moderators"
      className="mt-2 space-y-2 rounded border border-stone-200 bg-stone-50 p-2 text-sm"
      data-testid="flag-form"
    >
      <div>
        <label htmlFor={`${id}-reason`} className="text-stone-600">
          Reason
        </label>
        <SelectField
          ref={selectRef}
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value as TFlagReason)}
          className={FIELD}
          options={labelledOptions(FLAG_REASONS, FLAG_REASON_LABELS)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="text-stone-600">
          Note for the moderators <span className="text-stone-400">({reason === 'OTHER' ? 'say what is wrong' : 'optional'})</span>
        </label>
        <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} className={FIELD} />
      </div>
      <div aria-live="assertive">
        {error ? (
          <p className="text-red-700" data-testid="flag-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onCancel} className="rounded px-2.5 py-1 text-stone-600 hover:bg-stone-100">
          Cancel
        </button>
        <button
          type="submit"
          disabled={isBusy}
          className="rounded bg-stone-900 px-2.5 py-1 text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {isBusy ? 'Sending…' : 'Send flag'}
        </button>
      </div>
    </form>
  );
}
