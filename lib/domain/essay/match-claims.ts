/**
 * Carries claim identity across a revision: which new sentence is which old claim. Unchanged
 * sentences keep their id; a lightly edited sentence (word overlap ≥ 0.5, Dice coefficient) keeps
 * its id too, so ratings, arguments and critiques follow the revision; anything else is new.
 *
 * @example matchClaims([{id:'a',text:'War is bad.'}], [{text:'War is very bad.'}]) // ['a']
 */
export function matchClaims(previous: readonly { id: string; text: string }[], next: readonly { text: string }[]): (string | null)[] {
  const result: (string | null)[] = next.map(() => null);
  const used = new Set<string>();
  const byText = new Map<string, string[]>();
  for (const claim of previous) byText.set(claim.text, [...(byText.get(claim.text) ?? []), claim.id]);
  next.forEach((claim, index) => {
    const id = byText.get(claim.text)?.shift();
    if (id !== undefined) {
      result[index] = id;
      used.add(id);
    }
  });
  const remaining = previous.filter((claim) => !used.has(claim.id)).map((claim) => ({ ...claim, words: wordSet(claim.text) }));
  next.forEach((claim, index) => {
    if (result[index] !== null) return;
    const words = wordSet(claim.text);
    let best: { id: string; score: number } | null = null;
    for (const candidate of remaining) {
      if (used.has(candidate.id)) continue;
      const score = dice(words, candidate.words);
      if (score >= 0.5 && (!best || score > best.score)) best = { id: candidate.id, score };
    }
    if (best) {
      result[index] = best.id;
      used.add(best.id);
    }
  });
  return result;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
