'use client';

import { useId } from 'react';
import { IMPACT_LABELS } from '@/components/argument/labels';
import { SelectField } from '@/components/ui/select-field';
import type { TMapFilters } from '@/lib/domain/argument-map';

type TProps = { filters: TMapFilters; sections: { order: number; title: string | null }[]; onChange: (filters: TMapFilters) => void };

// "Any impact" for 0, then "2 · Medium or more" and so on.
const IMPACT_OPTIONS = IMPACT_LABELS.map((label, impact) => ({
  value: impact,
  label: impact === 0 ? 'Any impact' : `${impact} · ${label} or more`,
}));

/** Contested only, minimum impact, one section. */
export function MapFilters({ filters, sections, onChange }: TProps) {
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
      <legend className="sr-only">Filter the map</legend>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={filters.isContestedOnly}
          onChange={(e) => onChange({ ...filters, isContestedOnly: e.target.checked })}
        />
        Contested only
      </label>
      <div>
        <label htmlFor={`${id}-impact`} className="block text-xs text-stone-600">
          Minimum impact
        </label>
        <SelectField
          id={`${id}-impact`}
          value={filters.minImpact}
          onChange={(e) => onChange({ ...filters, minImpact: Number(e.target.value) })}
          className="rounded border border-stone-300 bg-white px-2 py-1"
          options={IMPACT_OPTIONS}
        />
      </div>
      <div>
        <label htmlFor={`${id}-section`} className="block text-xs text-stone-600">
          Section
        </label>
        <SelectField
          id={`${id}-section`}
          value={filters.sectionOrder ?? ''}
          onChange={(e) => onChange({ ...filters, sectionOrder: e.target.value === '' ? null : Number(e.target.value) })}
          className="max-w-64 rounded border border-stone-300 bg-white px-2 py-1"
          leadingOption={{ value: '', label: 'All sections' }}
          options={sections.map((s) => ({ value: s.order, label: s.title ?? 'Opening' }))}
        />
      </div>
    </fieldset>
  );
}
