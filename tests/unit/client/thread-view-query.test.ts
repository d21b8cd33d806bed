import { describe, expect, it } from 'vitest';
import {
  ALL_THREADS,
  isFiltering,
  NO_FILTERS,
  rootBelongsIn,
  threadQueryString,
  type TListView,
} from '@/components/annotation/thread-view-query';
import { note } from './annotation-view';

describe('threadQueryString: a view as the API reads it', () => {
  it.each<{ name: string; view: TListView; cursor: string | null; expected: string }>([
    { name: 'all threads, first page', view: ALL_THREADS, cursor: null, expected: 'limit=50' },
    { name: 'the next page', view: ALL_THREADS, cursor: 'abc', expected: 'cursor=abc&limit=50' },
    { name: 'the orphaned tab', view: { ...ALL_THREADS, tab: 'orphaned' }, cursor: null, expected: 'tab=orphaned&limit=50' },
    { name: 'a clicked place', view: { ...ALL_THREADS, scope: { kind: 'at', offset: 120 } }, cursor: null, expected: 'at=120&limit=50' },
    { name: 'a claim', view: { ...ALL_THREADS, scope: { kind: 'claim', claimId: 'c1' } }, cursor: null, expected: 'claim=c1&limit=50' },
    {
      name: 'every filter',
      view: { ...ALL_THREADS, filters: { motivation: 'QUESTIONING', tag: 'a b', authorHandle: 'h-bo', isMine: true, isUnanswered: true } },
      cursor: null,
      expected: 'kind=QUESTIONING&tag=a+b&author=h-bo&mine=1&unanswered=1&limit=50',
    },
  ])('$name', ({ view, cursor, expected }) => {
    expect(threadQueryString(view, cursor, 50)).toBe(expected);
  });
});

describe('rootBelongsIn: where a live root is listed', () => {
  const bo = { handle: 'h-bo', name: 'Bo', isViewer: false };
  const root = note({ id: 'n', start: 10, end: 20, motivation: 'QUESTIONING', tags: ['evidence'], claimIds: ['c1'] });
  it.each<{ name: string; view: TListView; expected: boolean }>([
    { name: 'all threads', view: ALL_THREADS, expected: true },
    { name: 'not the orphaned tab', view: { ...ALL_THREADS, tab: 'orphaned' }, expected: false },
    { name: 'a place it covers (its start)', view: { ...ALL_THREADS, scope: { kind: 'at', offset: 10 } }, expected: true },
    { name: 'not a place just past its end', view: { ...ALL_THREADS, scope: { kind: 'at', offset: 20 } }, expected: false },
    { name: 'its claim', view: { ...ALL_THREADS, scope: { kind: 'claim', claimId: 'c1' } }, expected: true },
    { name: 'not another claim', view: { ...ALL_THREADS, scope: { kind: 'claim', claimId: 'c2' } }, expected: false },
    { name: 'its kind', view: { ...ALL_THREADS, filters: { ...NO_FILTERS, motivation: 'QUESTIONING' } }, expected: true },
    { name: 'not another kind', view: { ...ALL_THREADS, filters: { ...NO_FILTERS, motivation: 'COMMENTING' } }, expected: false },
    { name: 'its tag', view: { ...ALL_THREADS, filters: { ...NO_FILTERS, tag: 'evidence' } }, expected: true },
    { name: 'not another author', view: { ...ALL_THREADS, filters: { ...NO_FILTERS, authorHandle: 'h-bo' } }, expected: false },
    { name: 'mine', view: { ...ALL_THREADS, filters: { ...NO_FILTERS, isMine: true } }, expected: true },
    {
      name: 'unanswered (a new root has no replies)',
      view: { ...ALL_THREADS, filters: { ...NO_FILTERS, isUnanswered: true } },
      expected: true,
    },
  ])('$name: $expected', ({ view, expected }) => {
    expect(rootBelongsIn(root, view)).toBe(expected);
  });

  it('someone else’s note is not "mine"; their note is theirs', () => {
    const theirs = { ...root, author: bo };
    expect(rootBelongsIn(theirs, { ...ALL_THREADS, filters: { ...NO_FILTERS, isMine: true } })).toBe(false);
    expect(rootBelongsIn(theirs, { ...ALL_THREADS, filters: { ...NO_FILTERS, authorHandle: 'h-bo' } })).toBe(true);
  });

  it('knows when any filter is on', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, motivation: 'TAGGING' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, tag: 'x' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, authorHandle: 'h-bo' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, isMine: true })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, isUnanswered: true })).toBe(true);
  });
});
