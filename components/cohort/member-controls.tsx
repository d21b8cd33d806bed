'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { COHORT_ROLES, type TCohortRole } from '@/lib/domain/access/permissions';
import { FormError } from '@/components/ui/form-error';
import { ROLE_LABELS } from '@/components/cohort/labels';
import { DANGER, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';
import { labelledOptions, SelectField } from '@/components/ui/select-field';

type TMember = { cohortId: string; userId: string; displayName: string };

const memberUrl = (m: TMember) => `/api/cohorts/${encodeURIComponent(m.cohortId)}/members/${encodeURIComponent(m.userId)}`;

/** Owners: change a member's role; it saves on change and the page re-reads. */
export function RoleSelect({ member, role }: { member: TMember; role: TCohortRole }) {
  const router = useRouter();
  const { isBusy, error, run } = useSubmit();
  const [isRefreshing, startRefresh] = useTransition();

  async function change(next: TCohortRole) {
    await run(
      () => requestJson(memberUrl(member), 'PATCH', { role: next }),
      () => startRefresh(() => router.refresh()),
    );
  }

  return (
    <div>
      <label className="sr-only" htmlFor={`role-${member.userId}`}>
        Role of {member.displayName}
      </label>
      <SelectField
        id={`role-${member.userId}`}
        value={role}
        disabled={isBusy || isRefreshing}
        onChange={(e) => void change(e.target.value as TCohortRole)}
        className="rounded border border-stone-300 bg-white px-2 py-1 text-sm"
        options={labelledOptions(COHORT_ROLES, ROLE_LABELS)}
      />
      <FormError error={error} />
    </div>
  );
}

/**
 * Removing someone (owners) or leaving (yourself) asks once more in place: a second button, not a
 * browser dialog, so it is reachable and testable like any other control.
 */
export function RemoveMemberButton({ member, isSelf }: { member: TMember; isSelf: boolean }) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const { isBusy, error, run } = useSubmit();
  const label = isSelf ? 'Leave cohort' : `Remove ${member.displayName}`;

  async function remove() {
    const isRemoved = await run(
      () => requestJson(memberUrl(member), 'DELETE'),
      () => (isSelf ? router.push('/cohorts') : router.refresh()),
    );
    if (!isRemoved) setIsConfirming(false);
  }

  return (
    <div>
      {isConfirming ? (
        <span className="flex items-center gap-2 text-sm">
          {isSelf ? 'Leave this cohort?' : `Remove ${member.displayName}?`}
          <button type="button" onClick={() => void remove()} disabled={isBusy} className={DANGER}>
            {isSelf ? 'Yes, leave' : 'Yes, remove'}
          </button>
          <button type="button" onClick={() => setIsConfirming(false)} className={SECONDARY}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setIsConfirming(true)} className={isSelf ? SECONDARY : DANGER} aria-label={label}>
          {isSelf ? 'Leave cohort' : 'Remove'}
        </button>
      )}
      <FormError error={error} />
    </div>
  );
}
