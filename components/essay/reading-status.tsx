import {
  describeDiscussion,
  discussionStatus,
  POST_BEFORE_SEE_NOTICE,
  type TDiscussionSettings,
} from '@/lib/domain/reading/discussion-rules';

type TProps = { reading: TDiscussionSettings; seesOthers: boolean; now: Date };

/**
 * Where the essay's discussion stands ("Closes in 2 days", "Closed on …") and, for a reader who has
 * not posted yet under "post before you see", why they see only their own notes. Rendered on the
 * server at request time; a settings change reloads open readers (their stream says `reload`).
 */
export function ReadingStatus({ reading, seesOthers, now }: TProps) {
  const status = discussionStatus(reading, now);
  return (
    <div className="mt-3 space-y-2 text-sm">
      <p data-testid="discussion-status" className="text-stone-700">
        <span className="font-medium">Discussion:</span> {describeDiscussion(status, now)}
        {status.state === 'closed' ? <span className="text-stone-500"> — read-only; everything stays readable and exportable.</span> : null}
        {reading.postBeforeSee && seesOthers ? <span className="text-stone-500"> · Members post before they see.</span> : null}
      </p>
      {seesOthers ? null : (
        <p
          role="status"
          data-testid="post-before-see-notice"
          className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
        >
          {POST_BEFORE_SEE_NOTICE}
        </p>
      )}
    </div>
  );
}
