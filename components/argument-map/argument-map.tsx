'use client';

import { useMemo, useState } from 'react';
import { filterDebate, layoutMap, NO_MAP_FILTERS, type TMapFilters } from '@/lib/domain/argument-map';
import { MapCanvas } from './map-canvas';
import type { TMapData } from './map-data';
import { MapFilters } from './map-filters';
import { MapLegend } from './map-legend';
import { NodePanel } from './node-panel';

/** The essay's argument map: filters, the pannable and zoomable graph, its legend and the opened node. */
export function ArgumentMap({ data }: { data: TMapData }) {
  const [filters, setFilters] = useState<TMapFilters>(NO_MAP_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Layout is the one costly step (a few ms for 2,000 nodes): only a filter change redoes it.
  const layout = useMemo(() => layoutMap(filterDebate(data, filters)), [data, filters]);
  const sections = useMemo(() => {
    const seen = new Map<number, string | null>();
    for (const c of data.claims) if (!seen.has(c.sectionOrder)) seen.set(c.sectionOrder, c.section);
    return [...seen].sort(([a], [b]) => a - b).map(([order, title]) => ({ order, title }));
  }, [data.claims]);
  const argumentCount = layout.nodes.length - layout.rootIds.length;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <MapFilters filters={filters} sections={sections} onChange={setFilters} />
        <nav aria-label="Export" className="flex gap-4 text-sm">
          <a href={`/api/essays/${encodeURIComponent(data.slug)}/export/argdown`} download className="underline underline-offset-4">
            Download Argdown
          </a>
          <a href={`/api/essays/${encodeURIComponent(data.slug)}/export/aif`} download className="underline underline-offset-4">
            Download AIF JSON
          </a>
        </nav>
      </div>
      <p className="text-sm text-stone-600" aria-live="polite" data-testid="map-count">
        Showing {layout.rootIds.length} {layout.rootIds.length === 1 ? 'claim' : 'claims'} and {argumentCount}{' '}
        {argumentCount === 1 ? 'argument' : 'arguments'}.
      </p>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <MapCanvas layout={layout} selectedId={selectedId} onOpen={setSelectedId} />
        <NodePanel data={data} nodeId={selectedId} onClose={() => setSelectedId(null)} />
      </div>
      <MapLegend />
    </div>
  );
}
