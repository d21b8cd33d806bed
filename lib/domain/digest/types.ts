/**
 * The debate digest of one essay: what its facilitators and its author read after a week of
 * discussion. Plain data, already shaped for the viewer (names by the display-name rule, withheld
 * words replaced), so the page and the Markdown download render the same thing.
 */
import type { TDiffPart } from '@/lib/domain/revision/diff-claim';

/** A side of the debate, relative to the essay: an argument for a claim, or against it. */
export type TDigestSide = 'SUPPORT' | 'ATTACK';

export type TDigestParticipation = {
  /** Members of the cohort now; null for a public essay, which has no members. */
  members: number | null;
  /** People (members now, for a cohort essay) who opened the reader. */
  readers: number;
  /** …who wrote a live note or reply shared with the cohort. */
  annotators: number;
  /** …who rated at least one of the essay's claims. */
  raters: number;
  /** …who wrote a live argument. */
  arguers: number;
  /** Live shared notes (threads' first notes), their replies, live arguments, ratings given. */
  notes: number;
  replies: number;
  arguments: number;
  ratings: number;
};

export type TDigestArgument = {
  id: string;
  text: string;
  author: string;
  /** The claim at the root of its thread (current wording) and its number in the essay. */
  claim: { id: string; text: string; number: number };
  /** Mean impact vote (0–4) and how many voted. */
  impact: { mean: number; votes: number };
};

export type TDigestSideArguments = {
  side: TDigestSide;
  /** Live arguments on that side, voted on or not. */
  total: number;
  /** The most impactful, best first. */
  top: TDigestArgument[];
};

export type TDigestResponse = {
  id: string;
  status: string;
  /** The critic's verdict on the answer: OPEN, ACCEPTED or REOPENED. */
  state: string;
  body: string;
  createdAt: string;
  critique: { type: 'annotation' | 'argument' | 'claim'; text: string; critic: string | null };
  revisionNumber: number | null;
  diffs: TDiffPart[][];
};

export type TDigestOpenCritique = {
  type: 'annotation' | 'argument';
  id: string;
  text: string;
  critic: string;
  /** What it questions: the claim an argument attacks, or the words a note quotes (null: it answers an argument). */
  context: string | null;
  createdAt: string;
};

export type TDigestModeration = {
  /** Moderation actions on the essay's notes and arguments, by kind (HIDE, RESTORE, LOCK, …). */
  actions: { kind: string; count: number }[];
  /** Flags raised on them, by status (OPEN, ACTIONED, DISMISSED). */
  flags: { status: string; count: number }[];
  /** Notes and arguments hidden now. Their words never reach the digest: only these counts. */
  hiddenNotes: number;
  hiddenArguments: number;
};

/** A claim as the digest names it: its current wording and its number in the essay (1-based). */
export type TDigestClaim = { id: string; text: string; number: number };

/** How one opinion group rated one claim: counts of ratings 1..5 ("Strongly disagree" first). */
export type TDigestGroupVotes = { group: string; histogram: [number, number, number, number, number] };

/**
 * Opinion groups, cruxes and common ground (lib/domain/opinion), or why they are not shown.
 * Everything here is computed from others' AGREEMENT ratings, so the blind rule holds (ADR 0003:
 * no standing is exempt on pages): a viewer who has rated fewer than `needed` of the essay's
 * claims gets `withheld` and nothing else.
 */
export type TDigestOpinion =
  | { status: 'withheld'; needed: number; rated: number }
  /** Nothing computed yet (no ratings, or the first computation is on its way). */
  | { status: 'pending' }
  | {
      status: 'shown';
      computedAt: string;
      /** Ratings changed since: a newer result is being computed. */
      isStale: boolean;
      /** Members who rated, and those in a group (the rest rated too few claims, or no groups were found). */
      raters: number;
      grouped: number;
      /** Largest first, labelled A, B, …; empty when the ratings split into no groups of 3 or more. */
      groups: { label: string; size: number }[];
      cruxes: { claim: TDigestClaim; spread: number; agreeing: string; disagreeing: string; votes: TDigestGroupVotes[] }[];
      commonGround: { claim: TDigestClaim; consensus: number; votes: TDigestGroupVotes[] }[];
    };

export type TDigest = {
  essay: { slug: string; title: string; authorName: string; cohortName: string | null; revision: number };
  generatedAt: string;
  participation: TDigestParticipation;
  opinion: TDigestOpinion;
  arguments: TDigestSideArguments[];
  responses: {
    /** Every answer the author gave, counted by status. */
    byStatus: { status: string; count: number }[];
    /** Concessions and revisions, oldest first, with the word diffs a revision made. */
    concessionsAndRevisions: TDigestResponse[];
  };
  openCritiques: { total: number; oldest: TDigestOpenCritique[] };
  moderation: TDigestModeration;
};
