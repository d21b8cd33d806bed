import type { TDebate, TDebateArgument } from './types';

/**
 * Lookups shared by the exporters. Keys are `claim:<id>` and `argument:<id>` (claims and arguments
 * live in separate tables, so their ids could in principle collide). `childrenOf` lists, per
 * target key, the arguments aimed at it in input order; `unattached` the arguments whose target
 * is not in the debate (e.g. hidden or deleted, or no target at all), also in input order.
 */
export type TDebateIndex = {
  claimTitle: Map<string, string>;
  argumentTitle: Map<string, string>;
  childrenOf: Map<string, TDebateArgument[]>;
  unattached: TDebateArgument[];
};

export const claimKey = (id: string): string => `claim:${id}`;
export const argumentKey = (id: string): string => `argument:${id}`;

/** The key of what `argument` targets, or null when it targets nothing in this debate. */
export function targetKeyOf(argument: TDebateArgument, index: TDebateIndex): string | null {
  if (argument.targetClaimId !== null && index.claimTitle.has(argument.targetClaimId)) {
    return claimKey(argument.targetClaimId);
  }
  if (argument.targetArgumentId !== null && index.argumentTitle.has(argument.targetArgumentId)) {
    return argumentKey(argument.targetArgumentId);
  }
  return null;
}

/**
 * Whether `argument` attacks another argument's inference. An UNDERCUT aimed at a claim has no
 * inference to attack and is exported as a plain attack (the strength graph does the same).
 */
export function isInferenceUndercut(argument: TDebateArgument, index: TDebateIndex): boolean {
  return (
    argument.stance === 'ATTACK' && argument.attackKind === 'UNDERCUT' && targetKeyOf(argument, index)?.startsWith('argument:') === true
  );
}

/** Numbers claims C1, C2, … and arguments A1, A2, … in input order and groups arguments by target. */
export function indexDebate(debate: TDebate): TDebateIndex {
  const index: TDebateIndex = {
    claimTitle: new Map(debate.claims.map((c, i) => [c.id, `C${i + 1}`])),
    argumentTitle: new Map(debate.arguments.map((a, i) => [a.id, `A${i + 1}`])),
    childrenOf: new Map(),
    unattached: [],
  };
  for (const argument of debate.arguments) {
    const key = targetKeyOf(argument, index);
    if (key === null) index.unattached.push(argument);
    else index.childrenOf.set(key, [...(index.childrenOf.get(key) ?? []), argument]);
  }
  return index;
}
