// Strings the invariants suite plants and then looks for in every response. Each is unique
// enough that finding it anywhere means the planted content leaked, never a coincidence.
export const MARKERS = {
  visible: 'mark-visible-q7v2',
  privateNote: 'mark-private-x9k4',
  hiddenNote: 'mark-hidden-note-k4m8',
  deletedNote: 'mark-deleted-note-r2p6',
  editedAway: 'mark-edited-away-t5w3',
  hiddenArgument: 'mark-hidden-argument-m8z1',
  streamEnd: 'mark-stream-end-e1n0',
  // On the "post before you see" essay: the cohort's note and argument, which members who have
  // not posted there must never get.
  gatedNote: 'mark-gated-note-p3s8',
  gatedArgument: 'mark-gated-argument-b6y4',
  /** In a draft's title and text: only the cohort's owners and moderators may read it. */
  draft: 'mark-draft-words-d3f7',
} as const;

export const PASSWORD = 'invariants-password-123';
export const REAL_NAME = 'Quillon Zarathustra-Realname';
export const PSEUDONYM = 'Heron Nightjar';

type TUser = { id: string; email: string; name: string };

export type TWorld = {
  essaySlug: string;
  cohortId: string;
  claimId: string;
  annotationId: string;
  argumentId: string;
  inviteCode: string;
  /** A draft of the cohort (not yet published) and one of its claims. */
  draftSlug: string;
  draftClaimId: string;
  lastAnnotationId: string;
  /** The writer's private note and the hidden one, both on claim 1 (`markedClaimId`), covering `markedOffset`. */
  privateNoteId: string;
  hiddenNoteId: string;
  markedClaimId: string;
  markedOffset: number;
  /** Holds the pseudonym; their real name, email and user id are what plain members must never get. */
  writer: TUser;
  /** Rates claim 0 in the differential check of blind ratings. */
  rater: TUser;
  /** The cohort's second essay, with "post before you see" on: the writer and `poster` have posted there, the member and the unrated member have not. */
  gatedSlug: string;
  gatedClaimId: string;
  users: Record<'member' | 'unrated' | 'moderator' | 'owner' | 'author' | 'outsider' | 'otherModerator' | 'poster', TUser>;
};
