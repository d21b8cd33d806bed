import { CONTENT_TYPE_LABELS, FLAG_REASON_LABELS, FLAG_STATUS_LABELS } from '@/components/moderation/labels';
import { CONTENT_TYPES, FLAG_REASONS, FLAG_STATUSES } from '@/lib/schemas/moderation-enums';
import { FILTER_SELECT, SECONDARY } from '@/components/ui/field-styles';
import { labelledOptions, SelectField } from '@/components/ui/select-field';

export type TQueueFilterValues = { status: string; reason: string; type: string };

/** A plain GET form: filters live in the address, so a filtered queue can be linked and reloaded. */
export function QueueFilters({ values }: { values: TQueueFilterValues }) {
  return (
    <form method="get" aria-label="Filter the queue" className="flex flex-wrap items-end gap-3 text-sm">
      <div>
        <label className="block font-medium" htmlFor="queue-status">
          Status
        </label>
        <SelectField
          id="queue-status"
          name="status"
          defaultValue={values.status}
          className={FILTER_SELECT}
          options={labelledOptions(FLAG_STATUSES, FLAG_STATUS_LABELS)}
        />
      </div>
      <div>
        <label className="block font-medium" htmlFor="queue-reason">
          Reason
        </label>
        <SelectField
          id="queue-reason"
          name="reason"
          defaultValue={values.reason}
          className={FILTER_SELECT}
          leadingOption={{ value: '', label: 'Any reason' }}
          options={labelledOptions(FLAG_REASONS, FLAG_REASON_LABELS)}
        />
      </div>
      <div>
        <label className="block font-medium" htmlFor="queue-type">
          Type
        </label>
        <SelectField
          id="queue-type"
          name="type"
          defaultValue={values.type}
          className={FILTER_SELECT}
          leadingOption={{ value: '', label: 'Notes and arguments' }}
          options={CONTENT_TYPES.map((t) => ({ value: t, label: `${CONTENT_TYPE_LABELS[t]}s` }))}
        />
      </div>
      <button type="submit" className={SECONDARY}>
        Filter
      </button>
    </form>
  );
}
