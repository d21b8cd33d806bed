import type { TAnnotationView } from '@/lib/schemas/annotation';

/**
 * A cohort highlight by Ada (the reader, unless a test says otherwise) on characters 0–10, created at noon and never edited; each test
 * overrides what its case is about, so the expected values stay readable next to the input.
 */
export function note(overrides: Partial<TAnnotationView> & { id: string }): TAnnotationView {
  return {
    parentId: null,
    rootId: null,
    author: { handle: 'h-ada', name: 'Ada', isViewer: true },
    motivation: 'HIGHLIGHTING',
    body: `body of ${overrides.id}`,
    bodyHtml: `<p>body of ${overrides.id}</p>`,
    tags: [],
    visibility: 'COHORT',
    anchorStatus: 'ANCHORED',
    start: 0,
    end: 10,
    quote: { exact: 'quoted', prefix: '', suffix: '' },
    claimIds: [],
    createdAt: '2026-12-01T12:00:00.000Z',
    editedAt: null,
    isDeleted: false,
    isHidden: false,
    isLocked: false,
    isPinned: false,
    ...overrides,
  };
}

/** A reply to `parentId` in the thread of `rootId`: no place of its own in the text. */
export function reply(id: string, parentId: string, rootId: string, overrides: Partial<TAnnotationView> = {}): TAnnotationView {
  return note({ id, parentId, rootId, motivation: 'REPLYING', start: null, end: null, quote: null, ...overrides });
}
