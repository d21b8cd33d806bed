// The one place the app's form and card class strings live, so a field looks the same on every screen.
// They used to sit in components/cohort/labels.ts and components/author/labels.ts, which now hold words only.

/** A text input, textarea or select inside a <label>. */
export const FIELD =
  'mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 focus:border-stone-500 focus:outline-none focus:ring-2 focus:ring-amber-300';
export const PRIMARY =
  'rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:cursor-not-allowed disabled:opacity-50';
export const SECONDARY =
  'rounded border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50';
export const DANGER = 'rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50';
export const CARD = 'rounded border border-stone-200 bg-white p-5';
export const BADGE = 'inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium';
export const LINK = 'underline underline-offset-4';

/** A short number inside a sentence ("after [5] rated claims"). */
export const INLINE_NUMBER_FIELD =
  'mx-1 inline-block w-20 rounded border border-stone-300 bg-white px-2 py-1 focus:border-stone-500 focus:outline-none focus:ring-2 focus:ring-amber-300';
/** The tighter field of the reading margin (notes, tags, flags), where space is short. */
export const COMPACT_FIELD = 'mt-1 block w-full rounded border border-stone-300 px-2 py-1 focus:outline-2 focus:outline-amber-500';
/** The roomier field of the sign-in and sign-up pages. */
export const LARGE_FIELD =
  'mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 focus:border-stone-500 focus:outline-none focus:ring-2 focus:ring-amber-300';
/** The margin's small buttons (reply, edit, delete a note). */
export const COMPACT_PRIMARY = 'rounded bg-stone-900 px-2.5 py-1 text-white hover:bg-stone-700 disabled:opacity-60';
export const COMPACT_SECONDARY = 'rounded px-2.5 py-1 text-stone-600 hover:bg-stone-100';
/** The margin's filter selects, full width in a narrow column. */
export const COMPACT_SELECT =
  'mt-0.5 block w-full rounded border border-stone-300 bg-white px-1.5 py-1 text-sm focus:outline-2 focus:outline-amber-500';
/** Selects in a row of filters (the moderation queue), as wide as their longest choice. */
export const FILTER_SELECT = 'mt-1 block rounded border border-stone-300 bg-white px-2 py-1';
