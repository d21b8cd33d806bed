import type { RESPONSE_STATUSES } from '@/lib/schemas/author-statuses';

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
