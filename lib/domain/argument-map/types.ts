import type { TAttackKind, TStance } from '@/lib/domain/argument';

/** An essay claim as the map needs it: a root of the forest, placed in its section's band. */
export type TMapClaim = {
  id: string;
  text: string;
  /** Position in the essay; claims of a section are laid out in this order. */
  order: number;
  sectionOrder: number;
  /** The section's heading; null for the untitled opening. */
  section: string | null;
  /** Null while withheld: the viewer has not rated this claim's agreement (blind ratings). */
  strength: number | null;
};

/** An argument as the map needs it. Exactly one of `targetClaimId` / `targetArgumentId` is set. */
export type TMapArgument = {
  id: string;
  text: string;
  stance: TStance;
  attackKind: TAttackKind | null;
  targetClaimId: string | null;
  targetArgumentId: string | null;
  /** Null when it moves no strength: hidden by a moderator, or answering a hidden argument. */
  strength: number | null;
  /** Mean impact vote 0–4 (null without votes) and how many votes. */
  impact: { mean: number | null; count: number };
};

/** The debate the map draws: structurally a subset of the debate query's view. */
export type TMapInput = { claims: readonly TMapClaim[]; arguments: readonly TMapArgument[] };

/** How an argument bears on its target, as drawn: green solid, red dashed, orange dotted. */
export type TMapEdgeKind = 'SUPPORT' | 'REBUT' | 'UNDERCUT';

export type TMapNode = {
  id: string;
  kind: 'claim' | 'argument';
  text: string;
  /** The circle's centre in map units; depth grows to the right (x), siblings go down (y). */
  x: number;
  y: number;
  radius: number;
  /** Everything the node covers: its circle and, to the right of it, its label. Boxes never overlap. */
  box: TRect;
  /** Null while withheld (an unrated claim) or not counted (a hidden argument). */
  strength: number | null;
  /** 0 for a claim, 1 for an argument on a claim, and so on. */
  depth: number;
  parentId: string | null;
  childIds: string[];
  /** The claim at the root of this node's tree. */
  claimId: string;
  sectionOrder: number;
  /** How this node bears on its parent; null for claims. */
  relation: TMapEdgeKind | null;
  /** True when at least one argument on the map attacks (rebuts or undercuts) this node. */
  isContested: boolean;
  impact: { mean: number | null; count: number } | null;
};

/** From an argument (`from`, the child) to what it targets (`to`): it leaves the child's box on the left at (x1, y1) and reaches the target's box on the right at (x2, y2), past the target's label. */
export type TMapEdge = { from: string; to: string; kind: TMapEdgeKind; x1: number; y1: number; x2: number; y2: number };

/** A section's horizontal band: its heading sits at `y`, its trees below it down to `y + height`. */
export type TMapSection = { order: number; title: string | null; y: number; height: number };

export type TMapLayout = {
  /** Every node reachable from a claim, in reading order: section, claim, then depth-first. */
  nodes: TMapNode[];
  byId: Map<string, TMapNode>;
  edges: TMapEdge[];
  sections: TMapSection[];
  /** Claim ids in reading order (the roots). */
  rootIds: string[];
  width: number;
  height: number;
};

/** An axis-aligned rectangle in map units. */
export type TRect = { x: number; y: number; width: number; height: number };
