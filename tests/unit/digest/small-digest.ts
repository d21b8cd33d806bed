// A small digest written by hand: what the query would hand the page and the Markdown renderer
// for a cohort essay with two opinion groups, one crux, one common ground, one revision.
import type { TDigest } from '@/lib/domain/digest/types';

export const SMALL_DIGEST: TDigest = {
  essay: { slug: 'alliances', title: 'On Alliances', authorName: 'Ada Author', cohortName: 'Fellows 2.0', revision: 2 },
  generatedAt: '2026-12-05T07:00:00.000Z',
  participation: { members: 8, readers: 3, annotators: 2, raters: 6, arguers: 3, notes: 2, replies: 1, arguments: 4, ratings: 30 },
  opinion: {
    status: 'shown',
    computedAt: '2026-12-04T20:00:00.000Z',
    isStale: false,
    raters: 6,
    grouped: 6,
    groups: [
      { label: 'A', size: 3 },
      { label: 'B', size: 3 },
    ],
    cruxes: [
      {
        claim: { id: 'c1', text: 'Alliances deter war.', number: 1 },
        spread: 1.2,
        agreeing: 'A',
        disagreeing: 'B',
        votes: [
          { group: 'A', histogram: [0, 0, 0, 1, 2] },
          { group: 'B', histogram: [2, 1, 0, 0, 0] },
        ],
      },
    ],
    commonGround: [
      {
        claim: { id: 'c3', text: 'Peace needs trust and patience.', number: 3 },
        consensus: 0.64,
        votes: [
          { group: 'A', histogram: [0, 0, 0, 2, 1] },
          { group: 'B', histogram: [0, 0, 1, 1, 1] },
        ],
      },
    ],
  },
  arguments: [
    {
      side: 'SUPPORT',
      total: 2,
      top: [
        {
          id: 'a3',
          text: 'Those wars would have come anyway.',
          author: 'Kestrel',
          claim: { id: 'c1', text: 'Alliances deter war.', number: 1 },
          impact: { mean: 4, votes: 1 },
        },
      ],
    },
    { side: 'ATTACK', total: 2, top: [] },
  ],
  responses: {
    byStatus: [
      { status: 'CONCEDED', count: 1 },
      { status: 'REVISED', count: 1 },
    ],
    concessionsAndRevisions: [
      {
        id: 'r1',
        status: 'CONCEDED',
        state: 'OPEN',
        body: 'Fair: some did.',
        createdAt: '2026-12-01T10:00:00.000Z',
        critique: { type: 'argument', text: 'Alliances drag members into war.', critic: 'Bo' },
        revisionNumber: null,
        diffs: [],
      },
      {
        id: 'r2',
        status: 'REVISED',
        state: 'REOPENED',
        body: 'Reworded.\n\nThanks for asking.',
        createdAt: '2026-12-02T10:00:00.000Z',
        critique: { type: 'annotation', text: 'Is trust enough?', critic: 'Bo' },
        revisionNumber: 2,
        diffs: [
          [
            { kind: 'same', text: 'Peace needs trust' },
            { kind: 'added', text: ' and patience' },
            { kind: 'same', text: '.' },
          ],
        ],
      },
    ],
  },
  openCritiques: {
    total: 1,
    oldest: [
      {
        type: 'annotation',
        id: 'n1',
        text: 'Is trust enough?',
        critic: 'Bo',
        context: 'Peace needs trust.',
        createdAt: '2026-11-30T09:00:00.000Z',
      },
    ],
  },
  moderation: {
    actions: [{ kind: 'HIDE', count: 2 }],
    flags: [
      { status: 'ACTIONED', count: 1 },
      { status: 'OPEN', count: 1 },
    ],
    hiddenNotes: 1,
    hiddenArguments: 1,
  },
};
