import type { TCohortRole } from '@/lib/domain/access/permissions';

export const ROLE_LABELS: Record<TCohortRole, string> = {
  OWNER: 'Owner',
  MODERATOR: 'Moderator',
  AUTHOR: 'Author',
  MEMBER: 'Member',
};
