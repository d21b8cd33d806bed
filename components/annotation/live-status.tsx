import type { TLiveState } from '@/components/annotation/use-essay-events';

const LABELS: Record<TLiveState, string> = {
  off: 'Not live: sign in to see new notes as they come',
  suspended: 'Not live while you are suspended: reload to see new notes',
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  ended: 'Not live: reload the page to reconnect',
};

/** A dot and a word: whether new notes from others arrive without a reload. */
export function LiveStatus({ state }: { state: TLiveState }) {
  const dot =
    state === 'connected'
      ? 'bg-emerald-500'
      : state === 'off' || state === 'suspended' || state === 'ended'
        ? 'bg-stone-300'
        : 'animate-pulse bg-amber-500';
  return (
    <p role="status" data-testid="live-status" data-state={state} className="flex items-center gap-1.5 text-xs text-stone-500">
      <span aria-hidden="true" className={`inline-block size-2 rounded-full ${dot}`} />
      {LABELS[state]}
    </p>
  );
}
