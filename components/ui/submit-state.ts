/**
 * The state every form keeps around one request: is it in flight, and what did the server refuse?
 * Pure, so the rules (a new attempt clears the old error; a form that navigates away stays busy) are
 * tested without React.
 */
export type TSubmitState = { isBusy: boolean; error: string | null };

export type TSubmitEvent =
  { type: 'start' } | { type: 'fail'; error: string } | { type: 'succeed'; isStillBusy: boolean } | { type: 'clear-error' };

export const IDLE: TSubmitState = { isBusy: false, error: null };

export function submitReducer(state: TSubmitState, event: TSubmitEvent): TSubmitState {
  switch (event.type) {
    case 'start':
      return { isBusy: true, error: null };
    case 'fail':
      return { isBusy: false, error: event.error };
    case 'succeed':
      // A form that moves to another page keeps its button disabled until the page changes.
      return { isBusy: event.isStillBusy, error: null };
    case 'clear-error':
      return { ...state, error: null };
  }
}
