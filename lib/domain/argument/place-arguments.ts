/**
 * Where an argument stands in an essay's debate:
 * - COUNTED: its chain of targets reaches a claim of the current revision through visible
 *   arguments only; it is in the strength graph and moves that claim's strength.
 * - WITHHELD: it is hidden by a moderator, or answers (at any depth) one that is. Readers see its
 *   place, not its words, and it moves nothing: a hidden argument must not steer a strength.
 * - DETACHED: its chain ends at a claim a revision dropped (or reworded into a new claim), at an
 *   argument that is gone, or in a corrupt cycle. It stays readable on its own, outside the graph.
 */
export type TArgumentPlacement = 'COUNTED' | 'WITHHELD' | 'DETACHED';

type TPlaceable = { id: string; targetClaimId: string | null; targetArgumentId: string | null; isHidden: boolean };

/**
 * Places every argument (see TArgumentPlacement). Linear: each chain is walked once, with an
 * explicit path instead of recursion, so a long reply chain costs no call stack.
 *
 * @example
 * placeArguments(new Set(['c']), [
 *   { id: 'a', targetClaimId: 'c', targetArgumentId: null, isHidden: true },
 *   { id: 'b', targetClaimId: null, targetArgumentId: 'a', isHidden: false },
 *   { id: 'd', targetClaimId: 'old', targetArgumentId: null, isHidden: false },
 * ]); // Map { a → WITHHELD, b → WITHHELD, d → DETACHED }
 */
export function placeArguments(claimIds: ReadonlySet<string>, args: readonly TPlaceable[]): Map<string, TArgumentPlacement> {
  const byId = new Map(args.map((a) => [a.id, a]));
  const placed = new Map<string, TArgumentPlacement>();
  for (const start of args) {
    const path: TPlaceable[] = [];
    const onPath = new Set<string>();
    let root: TArgumentPlacement | undefined;
    for (let a: TPlaceable | undefined = start; root === undefined;) {
      if (a === undefined || onPath.has(a.id)) {
        root = 'DETACHED'; // a missing target, or a cycle
        break;
      }
      const known = placed.get(a.id);
      if (known !== undefined) {
        root = known;
        break;
      }
      path.push(a);
      onPath.add(a.id);
      if (a.targetClaimId !== null) {
        root = claimIds.has(a.targetClaimId) ? 'COUNTED' : 'DETACHED';
        break;
      }
      a = byId.get(a.targetArgumentId ?? '');
    }
    // Walk back down from the target nearest the claim: hiding withholds everything below it.
    let above = root;
    for (let i = path.length - 1; i >= 0; i -= 1) {
      const a = path[i]!;
      const here: TArgumentPlacement = above === 'DETACHED' ? 'DETACHED' : a.isHidden || above === 'WITHHELD' ? 'WITHHELD' : 'COUNTED';
      placed.set(a.id, here);
      above = here;
    }
  }
  return placed;
}
