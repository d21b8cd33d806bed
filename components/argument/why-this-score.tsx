import { percent } from './labels';

type TNamedContribution = { id: string; text: string; contribution: number };

/** A strength explanation with the texts of the arguments that went into it. */
export type TExplanationView = {
  base: number;
  strength: number;
  supporters: TNamedContribution[];
  attackers: TNamedContribution[];
  undercutters: TNamedContribution[];
};

/** Attaches texts to an explanation's ids (what the server's explainNode or the domain's explainStrength returns). */
export function withTexts(
  explanation: {
    base: number;
    strength: number;
    supporters: { id: string; contribution: number }[];
    attackers: { id: string; contribution: number }[];
    undercutters: { id: string; contribution: number }[];
  },
  textOf: (id: string) => string,
): TExplanationView {
  const name = (list: { id: string; contribution: number }[]) => list.map((c) => ({ ...c, text: textOf(c.id) }));
  return {
    base: explanation.base,
    strength: explanation.strength,
    supporters: name(explanation.supporters),
    attackers: name(explanation.attackers),
    undercutters: name(explanation.undercutters),
  };
}

function Contributions({ title, items, limit }: { title: string; items: TNamedContribution[]; limit: number }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-2">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-500">{title}</h4>
      <ol className="mt-1 space-y-1">
        {items.slice(0, limit).map((c) => (
          <li key={c.id} className="flex gap-2">
            <span className="w-12 shrink-0 text-right tabular-nums text-stone-600">{c.contribution.toFixed(2)}</span>
            <span className="min-w-0">{c.text}</span>
          </li>
        ))}
      </ol>
      {items.length > limit ? <p className="mt-1 text-xs text-stone-500">and {items.length - limit} more</p> : null}
    </div>
  );
}

/**
 * "Why this score": a node's strength starts from its base score (ratings or impact votes) and
 * moves with what supports and attacks it (DF-QuAD). Lists the strongest of each.
 */
export function WhyThisScore({
  explanation,
  limit = 5,
  isOpen = false,
}: {
  explanation: TExplanationView;
  limit?: number;
  isOpen?: boolean;
}) {
  const hasNone = explanation.supporters.length + explanation.attackers.length + explanation.undercutters.length === 0;
  return (
    <details className="mt-2 text-sm" open={isOpen} data-testid="why-this-score">
      <summary className="cursor-pointer text-stone-700 underline underline-offset-4">Why this score</summary>
      <div className="mt-2 rounded border border-stone-200 bg-stone-50 p-3">
        <p>
          Base score <strong className="tabular-nums">{percent(explanation.base)}</strong> from ratings and votes, now{' '}
          <strong className="tabular-nums">{percent(explanation.strength)}</strong> after the arguments about it.
        </p>
        {hasNone ? <p className="mt-2 text-stone-600">Nothing argues for or against it yet.</p> : null}
        <Contributions title="Strongest supporters" items={explanation.supporters} limit={limit} />
        <Contributions title="Strongest attackers" items={explanation.attackers} limit={limit} />
        <Contributions title="Undercutting its reasoning" items={explanation.undercutters} limit={limit} />
        <p className="mt-2 text-xs text-stone-500">Each number is how hard that argument pulls: its own strength, weighted by relevance.</p>
      </div>
    </details>
  );
}
