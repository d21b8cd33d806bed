import type { TCohortRole } from '@/lib/domain/access/permissions';

export const ROLE_LABELS: Record<TCohortRole, string> = {
  OWNER: 'Owner',
  MODERATOR: 'Moderator',
  AUTHOR: 'Author',
  MEMBER: 'Member',
};

// Shared look of the cohort, moderation and notification screens.
export const FIELD =
  'mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 focus:border-stone-500 focus:outline-none focus:ring-2 focus:ring-amber-300';
export const PRIMARY =
  'rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:cursor-not-allowed disabled:opacity-50';
export const SECONDARY =
  'rounded border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-100 disabled:opacity-50';
export const DANGER = 'rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50';
export const CARD = 'rounded border border-stone-200 bg-white p-5';
