import { byImpact, edgeKindOf, type TMapEdgeKind } from '@/lib/domain/argument-map';
import type { TDebateArgumentView } from '@/lib/server/queries/argument/get-debate-for-viewer';

export type TEdgeLabelKind = TMapEdgeKind;

/** An argument with the replies to it, as the claim page lists them. */
export type TArgumentThread = { argument: TDebateArgumentView; relation: TEdgeLabelKind; replies: TArgumentThread[] };

/**
 * The arguments about one claim as two lists — for and against, most impactful first — each
 * argument with its replies to any depth (supports before attacks, each most impactful first).
 * Built with an explicit stack and a `seen` set: a corrupt cycle cannot loop, and depth costs no call stack.
 */
export function threadsForClaim(
  args: readonly TDebateArgumentView[],
  claimId: string,
): { pros: TArgumentThread[]; cons: TArgumentThread[] } {
  const onClaim = new Map<string, TDebateArgumentView[]>();
  const onArgument = new Map<string, TDebateArgumentView[]>();
  for (const a of args) {
    const [map, key] = a.targetClaimId !== null ? [onClaim, a.targetClaimId] : [onArgument, a.targetArgumentId ?? ''];
    map.set(key, [...(map.get(key) ?? []), a]);
  }
  const seen = new Set<string>();
  const toThread = (argument: TDebateArgumentView): TArgumentThread => ({ argument, relation: edgeKindOf(argument), replies: [] });
  const top = [...(onClaim.get(claimId) ?? [])].sort(byImpact).map(toThread);
  const stack = [...top];
  for (let thread = stack.pop(); thread !== undefined; thread = stack.pop()) {
    seen.add(thread.argument.id);
    const replies = (onArgument.get(thread.argument.id) ?? []).filter((a) => !seen.has(a.id));
    const ordered = [
      ...replies.filter((a) => a.stance === 'SUPPORT').sort(byImpact),
      ...replies.filter((a) => a.stance !== 'SUPPORT').sort(byImpact),
    ];
    thread.replies = ordered.map(toThread);
    for (const reply of thread.replies) seen.add(reply.argument.id);
    stack.push(...thread.replies);
  }
  return { pros: top.filter((t) => t.argument.stance === 'SUPPORT'), cons: top.filter((t) => t.argument.stance === 'ATTACK') };
}

/** How many arguments a thread holds below its root. */
export function countReplies(thread: TArgumentThread): number {
  let count = 0;
  const stack = [...thread.replies];
  for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
    count += 1;
    stack.push(...t.replies);
  }
  return count;
}
