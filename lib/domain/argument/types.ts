/** `Argument.stance` and `Argument.attackKind` in prisma/schema.prisma. */
export type TStance = 'SUPPORT' | 'ATTACK';
export type TAttackKind = 'REBUT' | 'UNDERCUT';

/**
 * A node of the strength graph: an essay claim or a member's argument. `baseScore` ∈ [0, 1] is
 * its strength before anything argues for or against it (see base-score.ts).
 */
export type TArgNode = { id: string; kind: 'claim' | 'argument'; baseScore: number };

/**
 * An argument's relation to what it targets. `from` is the argument, `to` the claim or argument
 * it targets; `attackKind` is set only for ATTACK (null there is read as REBUT); `weight` ∈ [0, 1]
 * scales the argument's contribution (see `edgeWeight`, from relevance votes).
 */
export type TArgEdge = {
  from: string;
  to: string;
  stance: TStance;
  attackKind: TAttackKind | null;
  weight: number;
};

export type TArgGraph = { nodes: readonly TArgNode[]; edges: readonly TArgEdge[] };

/** An essay claim as exported: `section` is the heading it sits under, if any. */
export type TDebateClaim = { id: string; text: string; section: string | null };

/** An argument as exported; exactly one of `targetClaimId` / `targetArgumentId` is set. */
export type TDebateArgument = {
  id: string;
  text: string;
  elaboration: string | null;
  stance: TStance;
  attackKind: TAttackKind | null;
  targetClaimId: string | null;
  targetArgumentId: string | null;
};

/**
 * A whole debate for export. Claims come in essay order and arguments in creation order: titles
 * (C1, A1, …) are numbered in that order, so the same data always exports the same text.
 */
export type TDebate = {
  essay: { title: string };
  claims: readonly TDebateClaim[];
  arguments: readonly TDebateArgument[];
};
