'use client';
import { useId, useState, useSyncExternalStore } from 'react';
import { CARD, SECONDARY } from '@/components/ui/field-styles';
import { FormError } from '@/components/ui/form-error';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

type TProps = { cohortId: string; essayId: string; authorName: string; hasAuthorAccount: boolean };

// The link is built from the address the browser is on (the server render has none).
const noSubscribe = () => () => {};
const useOrigin = () =>
  useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  );

/**
 * Owners: a one-use link that makes whoever joins with it this essay's author (their critique desk
 * and the Author badge). The cohort page lists it with the other live invites, to revoke it.
 */
export function AuthorInvite({ cohortId, essayId, authorName, hasAuthorAccount }: TProps) {
  const id = useId();
  const origin = useOrigin();
  const [code, setCode] = useState<string | null>(null);
  const { isBusy, error, run } = useSubmit();

  const create = () =>
    run(
      () =>
        requestJson<{ invite: { code: string } }>(`/api/cohorts/${encodeURIComponent(cohortId)}/invites`, 'POST', {
          role: 'AUTHOR',
          essayId,
        }),
      (data) => setCode(data.invite.code),
    );

  return (
    <section aria-labelledby={`${id}-title`} className={CARD}>
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold">
        Invite the author
      </h2>
      {hasAuthorAccount ? (
        <p className="mt-1 text-sm text-stone-700">
          {authorName}’s account is linked to this essay: they will answer critiques from their desk.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600">
            Send {authorName} a link: whoever joins with it becomes this essay’s author, with the critique desk and the Author badge. It
            works once, for 14 days.
          </p>
          <FormError error={error} testId="author-invite-error" />
          {code ? (
            <p className="mt-3 text-sm">
              Author invite link:{' '}
              <code className="break-all rounded bg-stone-100 px-1.5 py-0.5" data-testid="author-invite-link">
                {origin}/join/{code}
              </code>
            </p>
          ) : (
            <button type="button" className={`${SECONDARY} mt-3`} disabled={isBusy} onClick={() => void create()}>
              Create an author invite link
            </button>
          )}
        </>
      )}
    </section>
  );
}
