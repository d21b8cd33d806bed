'use client';
import { useCallback, useReducer } from 'react';
import type { TJsonResult } from '@/components/ui/request-json';
import { IDLE, submitReducer } from '@/components/ui/submit-state';

type TOptions = {
  /** Keep the form busy after success, for forms that navigate away (a second click would send it twice). */
  isBusyAfterSuccess?: boolean;
};

/**
 * Pending and error state around one JSON request (see request-json.ts): `run` marks the form busy,
 * sends, shows the server's refusal in place, and hands the answer to `onOk` when it succeeds.
 */
export function useSubmit({ isBusyAfterSuccess = false }: TOptions = {}) {
  const [state, dispatch] = useReducer(submitReducer, IDLE);

  const run = useCallback(
    async <T>(send: () => Promise<TJsonResult<T>>, onOk?: (data: T) => void): Promise<boolean> => {
      dispatch({ type: 'start' });
      const result = await send();
      if (!result.isOk) {
        dispatch({ type: 'fail', error: result.error });
        return false;
      }
      dispatch({ type: 'succeed', isStillBusy: isBusyAfterSuccess });
      onOk?.(result.data);
      return true;
    },
    [isBusyAfterSuccess],
  );

  const clearError = useCallback(() => dispatch({ type: 'clear-error' }), []);

  return { isBusy: state.isBusy, error: state.error, run, clearError };
}
