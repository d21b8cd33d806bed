// Merging and splitting a draft's claims: the sentence splitter is a heuristic, so staff fix its
// boundaries before publishing. Pure offset arithmetic over the canonical text; the service
// stores the result as the draft's revision-1 claim versions.

/** A draft claim in document order: UTF-16 offsets into the canonical text. `id` null = new. */
export type TDraftClaim = { id: string | null; sectionId: string; start: number; end: number; text: string };

export type TDraftEdit = { ok: true; claims: TDraftClaim[]; removedId: string | null } | { ok: false; problem: string };

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * Merges a claim with the one right after it in the same section: the merged claim keeps the
 * first one's id and spans from its start to the second's end (the text between them included).
 * @example mergeClaims(text, claims, 'a', 'b') // { ok: true, claims: [...a+b, ...rest], removedId: 'b' }
 */
export function mergeClaims(text: string, claims: readonly TDraftClaim[], firstId: string, secondId: string): TDraftEdit {
  const i = claims.findIndex((c) => c.id === firstId);
  const j = claims.findIndex((c) => c.id === secondId);
  if (i < 0 || j < 0) return { ok: false, problem: 'No such claim in this draft: reload the preview.' };
  const [at, next] = i < j ? [i, j] : [j, i];
  if (next !== at + 1) return { ok: false, problem: 'Only neighbouring claims can be merged: pick a claim and the one right after it.' };
  const first = claims[at]!;
  const second = claims[next]!;
  if (first.sectionId !== second.sectionId)
    return { ok: false, problem: 'These claims are in different sections; claims merge only within a section.' };
  const merged: TDraftClaim = { ...first, end: second.end, text: text.slice(first.start, second.end) };
  return { ok: true, claims: [...claims.slice(0, at), merged, ...claims.slice(next + 1)], removedId: second.id };
}

/**
 * Splits a claim at `at` (an offset into the whole text, strictly inside the claim). Whitespace at
 * the cut goes with neither part, and both parts must keep some text. The first part keeps the
 * claim's id; the second is new (`id: null`).
 * @example splitClaim('One two. Three.', [c], c.id, 8) // 'One two.' and 'Three.'
 */
export function splitClaim(text: string, claims: readonly TDraftClaim[], claimId: string, at: number): TDraftEdit {
  const index = claims.findIndex((c) => c.id === claimId);
  if (index < 0) return { ok: false, problem: 'No such claim in this draft: reload the preview.' };
  const claim = claims[index]!;
  if (!Number.isInteger(at) || at <= claim.start || at >= claim.end)
    return { ok: false, problem: 'Pick a point inside the claim to split it at, not at its start or end.' };
  // A UTF-16 offset between the two halves of a surrogate pair would cut a character in two.
  const before = text.charCodeAt(at - 1);
  if (before >= 0xd800 && before <= 0xdbff) return { ok: false, problem: 'That point is inside a character: pick one between words.' };
  let leftEnd = at;
  while (leftEnd > claim.start && isSpace(text[leftEnd - 1])) leftEnd -= 1;
  let rightStart = at;
  while (rightStart < claim.end && isSpace(text[rightStart])) rightStart += 1;
  if (leftEnd === claim.start || rightStart === claim.end)
    return { ok: false, problem: 'Both parts of a split need some text: pick a point between words inside the claim.' };
  const left: TDraftClaim = { ...claim, end: leftEnd, text: text.slice(claim.start, leftEnd) };
  const right: TDraftClaim = {
    id: null,
    sectionId: claim.sectionId,
    start: rightStart,
    end: claim.end,
    text: text.slice(rightStart, claim.end),
  };
  return { ok: true, claims: [...claims.slice(0, index), left, right, ...claims.slice(index + 1)], removedId: null };
}

/**
 * What must hold of a draft's claims after any edit, or null when it does: each claim's text is
 * exactly its slice of the text, claims are non-empty, in document order without overlap, and
 * each section's claims form one contiguous run.
 */
export function draftClaimsProblem(text: string, claims: readonly TDraftClaim[]): string | null {
  const finished = new Set<string>();
  for (const [i, claim] of claims.entries()) {
    if (claim.start < 0 || claim.end > text.length || claim.end <= claim.start) return `claim ${i + 1} has no text`;
    if (text.slice(claim.start, claim.end) !== claim.text) return `claim ${i + 1} is not its slice of the text`;
    const previous = claims[i - 1];
    if (previous && claim.start < previous.end) return `claim ${i + 1} overlaps the one before it`;
    if (previous && previous.sectionId !== claim.sectionId) {
      finished.add(previous.sectionId);
      if (finished.has(claim.sectionId)) return `claim ${i + 1} is out of its section's run`;
    }
  }
  return null;
}
