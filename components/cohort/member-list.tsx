import type { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { formatWhen } from '@/components/annotation/labels';
import { ROLE_LABELS } from '@/components/cohort/labels';
import { RemoveMemberButton, RoleSelect } from '@/components/cohort/member-controls';

type TMembership = Awaited<ReturnType<typeof getCohortForViewer>>['memberships'][number];

type TProps = {
  cohortId: string;
  members: TMembership[];
  /** Owners: role select and remove button on everyone else's row. */
  canManageMembers: boolean;
};

/** The members with their roles; staff also see the name behind a pseudonym (the query decides). */
export function MemberList({ cohortId, members, canManageMembers }: TProps) {
  return (
    <ul className="divide-y divide-stone-200" data-testid="member-list">
      {members.map((m) => {
        const isSelf = m.isViewer;
        // The query gives a user id only to owners (and your own): whoever cannot act on a member never learns it.
        const member = m.userId === null ? null : { cohortId, userId: m.userId, displayName: m.displayName };
        return (
          <li key={m.handle} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="member" data-member={m.handle}>
            <div>
              <span className="font-medium" data-testid="member-name">
                {m.displayName}
              </span>
              {isSelf ? <span className="ml-2 text-sm text-stone-500">(you)</span> : null}
              {m.suspendedUntil && new Date(m.suspendedUntil) > new Date() ? (
                <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-800">suspended until {formatWhen(m.suspendedUntil)}</span>
              ) : null}
            </div>
            <div className="flex items-center gap-3">
              {member && canManageMembers && !isSelf ? (
                <RoleSelect member={member} role={m.role} />
              ) : (
                <span className="rounded bg-stone-100 px-2 py-0.5 text-sm text-stone-700" data-testid="member-role">
                  {ROLE_LABELS[m.role]}
                </span>
              )}
              {member && (isSelf || canManageMembers) ? <RemoveMemberButton member={member} isSelf={isSelf} /> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
