'use client';

import { Link } from '@/components/ui/link';
import { useMemo } from 'react';
import { describeImpact, percent, RELATION_LABELS } from '@/components/argument/labels';
import { WhyThisScore, withTexts } from '@/components/argument/why-this-score';
import { explainStrength } from '@/lib/domain/argument';
import { edgeKindOf, type TMapArgument } from '@/lib/domain/argument-map';
import { strengthGraphOf, type TMapData } from './map-data';

type TProps = { data: TMapData; nodeId: string | null; onClose: () => void };

/** The opened node: its text, strength and why, and the way to its claim page. */
export function NodePanel({ data, nodeId, onClose }: TProps) {
  const index = useMemo(() => {
    const claims = new Map(data.claims.map((c) => [c.id, c]));
    const args = new Map(data.arguments.map((a) => [a.id, a]));
    // Withheld claims stand at the prior only so that arguments about them can be explained.
    const strengths = new Map<string, number>([
      ...data.claims.map((c) => [c.id, c.strength ?? 0.5] as const),
      ...data.arguments.flatMap((a) => (a.strength === null ? [] : [[a.id, a.strength] as const])),
    ]);
    return { claims, args, strengths, graph: strengthGraphOf(data) };
  }, [data]);

  const textOf = (id: string): string => index.claims.get(id)?.text ?? index.args.get(id)?.text ?? '';
  const claim = nodeId === null ? undefined : index.claims.get(nodeId);
  const argument = nodeId === null ? undefined : index.args.get(nodeId);
  // Explained on demand, from the whole debate's graph (filters hide nodes, they do not change strengths).
  const isWithheld = (claim?.strength ?? argument?.strength ?? null) === null;
  const explanation = useMemo(() => {
    if (nodeId === null || isWithheld || !index.strengths.has(nodeId)) return null;
    return withTexts(
      explainStrength(nodeId, index.graph, index.strengths),
      (id) => index.claims.get(id)?.text ?? index.args.get(id)?.text ?? '',
    );
  }, [nodeId, index, isWithheld]);

  if (nodeId === null || (!claim && !argument) || (explanation === null && !isWithheld)) {
    return (
      <aside
        aria-label="Selected node"
        className="rounded border border-stone-200 bg-white p-4 text-sm text-stone-600"
        data-testid="map-panel"
      >
        Click a node, or focus it and press Enter, to see its text, its strength and why.
      </aside>
    );
  }
  const rootClaimId = claim?.id ?? rootClaimOf(argument!, index.args);
  const href = rootClaimId === null ? null : `/essays/${data.slug}/claims/${rootClaimId}${argument ? `#argument-${argument.id}` : ''}`;

  return (
    <aside aria-labelledby="map-panel-title" className="rounded border border-stone-200 bg-white p-4 text-sm" data-testid="map-panel">
      <div className="flex items-start justify-between gap-2">
        <h2 id="map-panel-title" className="text-xs font-semibold uppercase tracking-wide text-stone-500">
          {claim ? `Claim · ${claim.section ?? 'Opening'}` : RELATION_LABELS[edgeKindOf(argument!)]}
        </h2>
        <button type="button" onClick={onClose} className="text-stone-500 underline underline-offset-4">
          Close
        </button>
      </div>
      <p className={`mt-2 leading-snug ${claim ? 'font-serif text-base' : 'font-medium'}`} data-testid="map-panel-text">
        {claim?.text ?? argument?.text}
      </p>
      {argument ? (
        <p className="mt-1 text-xs text-stone-500">Answers: {textOf(argument.targetClaimId ?? argument.targetArgumentId ?? '')}</p>
      ) : null}
      <p className="mt-3">
        Strength{' '}
        <strong className="tabular-nums">{explanation ? percent(explanation.strength) : claim ? 'withheld' : 'not counted'}</strong>
        {argument ? <span className="text-stone-600"> · {describeImpact(argument.impact)}</span> : null}
      </p>
      {explanation ? (
        <WhyThisScore explanation={explanation} isOpen limit={3} />
      ) : (
        <p className="mt-1 text-xs text-stone-600" data-testid="map-panel-withheld">
          {claim
            ? 'Rate this claim’s agreement on its claim page to see its strength: ratings stay blind until you rate.'
            : 'Hidden arguments, and those answering them, do not count towards any strength.'}
        </p>
      )}
      {href ? (
        <Link href={href} className="mt-3 inline-block underline underline-offset-4">
          {claim ? 'Open the claim page' : 'Open on its claim page'}
        </Link>
      ) : null}
    </aside>
  );
}

/** The claim at the root of an argument's tree (null for a broken chain; `seen` stops a corrupt cycle). */
function rootClaimOf(argument: TMapArgument, args: Map<string, TMapArgument>): string | null {
  const seen = new Set<string>();
  for (let a: TMapArgument | undefined = argument; a && !seen.has(a.id); a = args.get(a.targetArgumentId ?? '')) {
    if (a.targetClaimId !== null) return a.targetClaimId;
    seen.add(a.id);
  }
  return null;
}
