'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useSyncExternalStore, useTransition, type FormEvent } from 'react';
import type { TCohortRole } from '@/lib/domain/access/permissions';
import type { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { formatWhen } from '@/components/annotation/labels';
import { FormError } from '@/components/ui/form-error';
import { ROLE_LABELS } from '@/components/cohort/labels';
import { CARD, DANGER, FIELD, PRIMARY, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';
import { labelledOptions, SelectField } from '@/components/ui/select-field';

type TInvite = Awaited<ReturnType<typeof getCohortForViewer>>['invites'][number];

type TProps = {
  cohortId: string;
  invites: TInvite[];
  /** Owners may invite to any role; moderators only as members (the server enforces it too). */
  roleOptions: readonly TCohortRole[];
};

// The link is built from the address the browser is on; the server render has none, so it prints
// the path alone and hydration fills in the origin without a mismatch.
const noSubscribe = () => () => {};
function useOrigin(): string {
  return useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  );
}

/** Staff: make invite links (role, expiry, use limit), copy them, and revoke live ones. */
export function InvitePanel({ cohortId, invites, roleOptions }: TProps) {
  const router = useRouter();
  const id = useId();
  const origin = useOrigin();
  const [role, setRole] = useState<TCohortRole>('MEMBER');
  const [expiresInDays, setExpiresInDays] = useState('14');
  const [maxUses, setMaxUses] = useState('');
  const [created, setCreated] = useState<{ code: string; expiresAt: string } | null>(null);
  const { isBusy, error, run } = useSubmit();
  const [, startRefresh] = useTransition();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      () =>
        requestJson<{ invite: { code: string; expiresAt: string } }>(`/api/cohorts/${encodeURIComponent(cohortId)}/invites`, 'POST', {
          role,
          expiresInDays: Number(expiresInDays),
          maxUses: maxUses.trim() === '' ? null : Number(maxUses),
        }),
      (data) => {
        setCreated(data.invite);
        startRefresh(() => router.refresh());
      },
    );
  }

  return (
    <section aria-labelledby={`${id}-title`} className={`${CARD} space-y-4 text-sm`} data-testid="invite-panel">
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold">
        Invite people
      </h2>
      <form onSubmit={(e) => void submit(e)} className="grid gap-3 sm:grid-cols-3" aria-label="Create an invite link">
        <div>
          <label htmlFor={`${id}-role`} className="block font-medium">
            Role
          </label>
          <SelectField
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as TCohortRole)}
            className={FIELD}
            options={labelledOptions(roleOptions, ROLE_LABELS)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-days`} className="block font-medium">
            Expires after (days)
          </label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={90}
            required
            value={expiresInDays}
            onChange={(e) => setExpiresInDays(e.target.value)}
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor={`${id}-uses`} className="block font-medium">
            Use limit <span className="font-normal text-stone-500">(empty: no limit)</span>
          </label>
          <input
            id={`${id}-uses`}
            type="number"
            min={1}
            max={1000}
            value={maxUses}
            onChange={(e) => setMaxUses(e.target.value)}
            className={FIELD}
          />
        </div>
        <div className="sm:col-span-3">
          <FormError error={error} />
          <button type="submit" disabled={isBusy} className={PRIMARY}>
            {isBusy ? 'Creating…' : 'Create invite link'}
          </button>
        </div>
      </form>
      {created ? (
        <div className="rounded bg-amber-50 p-3 ring-1 ring-amber-200" data-testid="new-invite">
          <p className="font-medium">New invite link — expires {formatWhen(created.expiresAt)}</p>
          <CopyableLink link={`${origin}/join/${created.code}`} testId="invite-link" label="New invite link" />
        </div>
      ) : null}
      <div>
        <h3 className="font-medium">Live invites</h3>
        {invites.length === 0 ? (
          <p className="mt-1 text-stone-600">No live invites.</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200" data-testid="invite-list">
            {invites.map((invite) => (
              <InviteRow key={invite.id} invite={invite} link={`${origin}/join/${invite.code}`} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function InviteRow({ invite, link }: { invite: TInvite; link: string }) {
  const router = useRouter();
  const { isBusy, error, run } = useSubmit();

  async function revoke() {
    await run(
      () => requestJson(`/api/invites/${encodeURIComponent(invite.id)}`, 'DELETE'),
      () => router.refresh(),
    );
  }

  return (
    <li className="py-2" data-testid="invite" data-code={invite.code}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          <span className="font-medium">{ROLE_LABELS[invite.role]}</span>
          {invite.essayTitle ? <span className="text-stone-700"> of “{invite.essayTitle}”</span> : null}
          <span className="text-stone-600">
            {' '}
            · used {invite.uses}
            {invite.maxUses === null ? '' : ` of ${invite.maxUses}`}
            {invite.maxUses !== null && invite.uses >= invite.maxUses ? ' (used up)' : ''} · expires {formatWhen(invite.expiresAt)}
          </span>
        </p>
        <button
          type="button"
          onClick={() => void revoke()}
          disabled={isBusy}
          className={DANGER}
          aria-label={`Revoke invite ${invite.code}`}
        >
          Revoke
        </button>
      </div>
      <CopyableLink link={link} label={`Invite link ${invite.code}`} />
      <FormError error={error} />
    </li>
  );
}

function CopyableLink({ link, label, testId }: { link: string; label: string; testId?: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): the text stays selectable.
      setCopied('failed');
    }
  }
  return (
    <div className="mt-2 flex items-center gap-2">
      <input
        readOnly
        value={link}
        aria-label={label}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs"
      />
      <button type="button" onClick={() => void copy()} className={SECONDARY}>
        Copy
      </button>
      <span aria-live="polite" className="w-20 text-xs text-stone-600">
        {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Select and copy' : ''}
      </span>
    </div>
  );
}
