'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { FIELD, PRIMARY, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';

export type TQueueAction = 'HIDE' | 'RESTORE' | 'LOCK' | 'PIN' | 'SLOW_MODE' | 'SUSPEND';

type TActionSpec = { title: string; submit: string; done: string; amount?: { label: string; min: number; max: number; initial: string } };

export const ACTION_SPECS: Record<TQueueAction, TActionSpec> = {
  HIDE: { title: 'Hide', submit: 'Hide', done: 'Hidden' },
  RESTORE: { title: 'Restore', submit: 'Restore', done: 'Restored' },
  LOCK: { title: 'Lock', submit: 'Lock', done: 'Locked' },
  PIN: { title: 'Pin', submit: 'Pin', done: 'Pinned' },
  SLOW_MODE: {
    title: 'Slow mode',
    submit: 'Set slow mode',
    done: 'Slow mode set',
    amount: { label: 'Minutes between posts (0 turns it off)', min: 0, max: 24 * 60, initial: '10' },
  },
  SUSPEND: {
    title: 'Suspend author',
    submit: 'Suspend',
    done: 'Author suspended',
    amount: { label: 'Days', min: 1, max: 365, initial: '7' },
  },
};

// The schema's floor (ZModerate's reason): the button stays off until a reason could pass.
const MIN_REASON = 3;

type TProps = {
  cohortId: string;
  kind: TQueueAction;
  target: { type: 'annotation' | 'argument'; id: string };
  authorId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** One moderation action with its reason (members read it in the ledger), posted as the API takes it. */
export function ModerationActionForm({ cohortId, kind, target, authorId, onDone, onCancel }: TProps) {
  const id = useId();
  const spec = ACTION_SPECS[kind];
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState(spec.amount?.initial ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => reasonRef.current?.focus(), []);

  function body() {
    if (kind === 'SUSPEND') return { kind, userId: authorId, days: Number(amount), reason };
    if (kind === 'SLOW_MODE') return { kind, target, minutes: Number(amount), reason };
    return { kind, target, reason };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    const result = await requestJson(`/api/cohorts/${encodeURIComponent(cohortId)}/moderation`, 'POST', body());
    setIsBusy(false);
    if (result.isOk) onDone(`${spec.done} — recorded in the ledger with your reason.`);
    else setError(result.error);
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label={spec.title}
      className="mt-3 space-y-2 rounded border border-stone-200 bg-stone-50 p-3 text-sm"
      data-testid="moderation-action-form"
    >
      <p className="font-medium">{spec.title}</p>
      {spec.amount ? (
        <label className="block">
          {spec.amount.label}
          <input
            type="number"
            required
            min={spec.amount.min}
            max={spec.amount.max}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className={`${FIELD} w-32`}
          />
        </label>
      ) : null}
      <div>
        <label htmlFor={`${id}-reason`} className="block">
          Reason <span className="text-stone-500">(members read it in the ledger)</span>
        </label>
        <textarea
          ref={reasonRef}
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          maxLength={1000}
          required
          className={FIELD}
        />
      </div>
      <FormError error={error} testId="moderation-error" />
      <div className="flex gap-2">
        <button type="submit" disabled={isBusy || reason.trim().length < MIN_REASON} className={PRIMARY}>
          {isBusy ? 'Saving…' : spec.submit}
        </button>
        <button type="button" onClick={onCancel} className={SECONDARY}>
          Cancel
        </button>
      </div>
    </form>
  );
}
