import { CONTENT_TYPE_LABELS, FLAG_REASON_LABELS, FLAG_STATUS_LABELS } from '@/components/moderation/labels';
import { CONTENT_TYPES, FLAG_REASONS, FLAG_STATUSES } from '@/lib/schemas/moderation';
import { SECONDARY } from '@/components/ui/field-styles';

export type TQueueFilterValues = { status: string; reason: string; type: string };

const SELECT = 'mt-1 block rounded border border-stone-300 bg-white px-2 py-1';

/** A plain GET form: filters live in the address, so a filtered queue can be linked and reloaded. */
export function QueueFilters({ values }: { values: TQueueFilterValues }) {
  return (
    <form method="get" aria-label="Filter the queue" className="flex flex-wrap items-end gap-3 text-sm">
      <div>
        <label className="block font-medium" htmlFor="queue-status">
          Status
        </label>
        <select id="queue-status" name="status" defaultValue={values.status} className={SELECT}>
          {FLAG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {FLAG_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="block font-medium" htmlFor="queue-reason">
          Reason
        </label>
        <select id="queue-reason" name="reason" defaultValue={values.reason} className={SELECT}>
          <option value="">Any reason</option>
          {FLAG_REASONS.map((r) => (
            <option key={r} value={r}>
              {FLAG_REASON_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="block font-medium" htmlFor="queue-type">
          Type
        </label>
        <select id="queue-type" name="type" defaultValue={values.type} className={SELECT}>
          <option value="">Notes and arguments</option>
          {CONTENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {CONTENT_TYPE_LABELS[t]}s
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={SECONDARY}>
        Filter
      </button>
    </form>
  );
}
