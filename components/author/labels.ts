import type { RESPONSE_STATUSES } from '@/lib/schemas/author';

export type TResponseStatus = (typeof RESPONSE_STATUSES)[number];
export type TCritiqueState = 'OPEN' | 'ACCEPTED' | 'REOPENED';

/** The author's answer, as the desk's select and every response badge say it. */
export const STATUS_LABELS: Record<TResponseStatus, string> = {
  ACKNOWLEDGED: 'Acknowledged',
  CONCEDED: 'Conceded',
  DISPUTED: 'Disputed',
  CLARIFIED: 'Clarified',
  REVISED: 'Revised',
};

/** The critic's verdict on one response. */
export const STATE_LABELS: Record<TCritiqueState, string> = {
  OPEN: 'Open',
  ACCEPTED: 'Accepted',
  REOPENED: 'Reopened',
};

/** Unknown values (a status added to the schema later) show as they are rather than crash. */
export const statusLabel = (status: string): string => STATUS_LABELS[status as TResponseStatus] ?? status;
export const stateLabel = (state: string): string => STATE_LABELS[state as TCritiqueState] ?? state;

// The look of the desk, the responses page and the facilitator view.
export const FIELD =
  'mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 focus:border-stone-500 focus:outline-none focus:ring-2 focus:ring-amber-300';
export const PRIMARY =
  'rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:cursor-not-allowed disabled:opacity-50';
export const SECONDARY =
  'rounded border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50';
export const CARD = 'rounded border border-stone-200 bg-white p-5';
export const BADGE = 'inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium';
export const LINK = 'underline underline-offset-4';
