import type { TContentType, TFlagReason, TFlagStatus } from '@/lib/schemas/moderation';

export const FLAG_REASON_LABELS: Record<TFlagReason, string> = {
  OFF_TOPIC: 'Off-topic',
  INCIVILITY: 'Incivility',
  SPAM: 'Spam',
  DUPLICATE: 'Duplicate',
  MISREPRESENTS_ESSAY: 'Misrepresents the essay',
  OTHER: 'Other',
};

export const FLAG_STATUS_LABELS: Record<TFlagStatus, string> = { OPEN: 'Open', ACTIONED: 'Actioned', DISMISSED: 'Dismissed' };

export const CONTENT_TYPE_LABELS: Record<TContentType, string> = { annotation: 'Note', argument: 'Argument' };

const KIND_LABELS: Record<string, string> = {
  HIDE: 'Hid',
  RESTORE: 'Restored',
  LOCK: 'Locked',
  UNLOCK: 'Unlocked',
  PIN: 'Pinned',
  UNPIN: 'Unpinned',
  MARK_DUPLICATE: 'Marked as duplicate',
  SLOW_MODE: 'Set slow mode on',
  SUSPEND: 'Suspended',
  UNSUSPEND: 'Lifted the suspension of',
  DISMISS_FLAGS: 'Dismissed flags on',
  DECIDE_APPEAL: 'Decided an appeal on',
};
/** The ledger's verb for an action kind ("Hid", "Suspended"…); unknown kinds read as themselves. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.toLowerCase().replaceAll('_', ' ');
}

/** Actions that go against someone, which they may appeal (a restore or an unpin needs none). */
export const APPEALABLE_KINDS: ReadonlySet<string> = new Set(['HIDE', 'LOCK', 'SLOW_MODE', 'MARK_DUPLICATE', 'SUSPEND']);

export const APPEAL_STATUS_LABELS: Record<string, string> = {
  OPEN: 'filed — waiting for a moderator',
  UPHELD: 'upheld — the action stands',
  OVERTURNED: 'overturned — the action was reversed',
};
