import { describe, expect, it } from 'vitest';
import { IDLE, submitReducer, type TSubmitEvent, type TSubmitState } from '@/components/ui/submit-state';

const refused: TSubmitState = { isBusy: false, error: 'That code has expired.' };
const sending: TSubmitState = { isBusy: true, error: null };

describe('submitReducer', () => {
  const cases: { name: string; from: TSubmitState; event: TSubmitEvent; to: TSubmitState }[] = [
    { name: 'a first attempt makes the form busy', from: IDLE, event: { type: 'start' }, to: { isBusy: true, error: null } },
    { name: 'a new attempt hides the last refusal', from: refused, event: { type: 'start' }, to: { isBusy: true, error: null } },
    {
      name: 'a refusal frees the button and shows the reason',
      from: sending,
      event: { type: 'fail', error: 'Name is too short.' },
      to: { isBusy: false, error: 'Name is too short.' },
    },
    {
      name: 'success frees a form that stays on the page',
      from: sending,
      event: { type: 'succeed', isStillBusy: false },
      to: { isBusy: false, error: null },
    },
    {
      name: 'success keeps a navigating form busy',
      from: sending,
      event: { type: 'succeed', isStillBusy: true },
      to: { isBusy: true, error: null },
    },
    { name: 'clearing the error leaves busy alone', from: { isBusy: true, error: 'x' }, event: { type: 'clear-error' }, to: sending },
    { name: 'clearing the error of an idle form', from: refused, event: { type: 'clear-error' }, to: { isBusy: false, error: null } },
  ];
  it.each(cases)('$name', ({ from, event, to }) => {
    expect(submitReducer(from, event)).toEqual(to);
  });
});
