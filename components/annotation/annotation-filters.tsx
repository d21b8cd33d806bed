'use client';
import { useId } from 'react';
import type { TRootMotivation } from '@/lib/schemas/annotation';
import { isFiltering, NO_FILTERS, type TFilters } from '@/components/annotation/thread-view-query';
import { MOTIVATION_LABELS, ROOT_MOTIVATION_OPTIONS } from '@/components/annotation/labels';
import { labelledOptions, SelectField } from '@/components/ui/select-field';
import { COMPACT_SELECT } from '@/components/ui/field-styles';

type TFacets = { tags: string[]; authors: { handle: string; name: string }[] };
type TProps = { facets: TFacets; filters: TFilters; onChange: (filters: TFilters) => void; hasViewer: boolean };

const isRootMotivation = (value: string): value is TRootMotivation => (ROOT_MOTIVATION_OPTIONS as readonly string[]).includes(value);

/**
 * Narrow the list by kind, tag, author, one's own notes, or notes nobody has answered. The server
 * filters; the options are the ones it listed over everything the viewer may read here.
 */
export function AnnotationFilters({ facets, filters, onChange, hasViewer }: TProps) {
  const id = useId();
  const { tags } = facets;
  const authors = facets.authors.map((a) => [a.handle, a.name] as const);
  const set = (patch: Partial<TFilters>) => onChange({ ...filters, ...patch });

  return (
    <fieldset className="mt-3 grid grid-cols-3 gap-2 text-xs text-stone-600">
      <legend className="sr-only">Filter annotations</legend>
      <div>
        <label htmlFor={`${id}-motivation`}>Kind</label>
        <SelectField
          id={`${id}-motivation`}
          value={filters.motivation}
          onChange={(e) => set({ motivation: isRootMotivation(e.target.value) ? e.target.value : 'ALL' })}
          className={COMPACT_SELECT}
          leadingOption={{ value: 'ALL', label: 'All' }}
          options={labelledOptions(ROOT_MOTIVATION_OPTIONS, MOTIVATION_LABELS)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-tag`}>Tag</label>
        <SelectField
          id={`${id}-tag`}
          value={filters.tag}
          onChange={(e) => set({ tag: e.target.value })}
          className={COMPACT_SELECT}
          leadingOption={{ value: '', label: 'All' }}
          options={tags.map((tag) => ({ value: tag, label: `#${tag}` }))}
        />
      </div>
      <div>
        <label htmlFor={`${id}-author`}>Author</label>
        <SelectField
          id={`${id}-author`}
          value={filters.authorHandle}
          onChange={(e) => set({ authorHandle: e.target.value })}
          className={COMPACT_SELECT}
          leadingOption={{ value: '', label: 'Anyone' }}
          options={authors.map(([handle, name]) => ({ value: handle, label: name }))}
        />
      </div>
      <div className="col-span-3 flex flex-wrap items-center gap-x-4 gap-y-1">
        {hasViewer ? (
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={filters.isMine} onChange={(e) => set({ isMine: e.target.checked })} />
            Mine
          </label>
        ) : null}
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={filters.isUnanswered} onChange={(e) => set({ isUnanswered: e.target.checked })} />
          Unanswered
        </label>
        {isFiltering(filters) ? (
          <button type="button" onClick={() => onChange(NO_FILTERS)} className="ml-auto underline underline-offset-2">
            Clear filters
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
