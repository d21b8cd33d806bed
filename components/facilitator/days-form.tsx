import { SECONDARY } from '@/components/ui/field-styles';

export const DEFAULT_DAYS = 7;
const MAX_DAYS = 365;

/** `?days=` as a whole number of days from 0 to 365; anything else means the default week. */
export function parseDays(value: string | string[] | undefined): number {
  if (typeof value !== 'string' || !/^\d{1,3}$/.test(value)) return DEFAULT_DAYS;
  const days = Number(value);
  return days <= MAX_DAYS ? days : DEFAULT_DAYS;
}

/** A plain GET form: the threshold lives in the address, so the view can be linked and reloaded. */
export function DaysForm({ days }: { days: number }) {
  return (
    <form method="get" aria-label="How long unanswered" className="flex flex-wrap items-end gap-2 text-sm">
      <label className="font-medium">
        Unanswered for more than (days)
        <input
          type="number"
          name="days"
          min={0}
          max={MAX_DAYS}
          step={1}
          defaultValue={days}
          required
          className="mt-1 block w-24 rounded border border-stone-300 bg-white px-2 py-1"
        />
      </label>
      <button type="submit" className={SECONDARY}>
        Show
      </button>
    </form>
  );
}
