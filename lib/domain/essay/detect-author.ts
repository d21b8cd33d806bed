// Lowercase particles that appear inside personal names ("Ludwig van Beethoven", "Ibn al Haytham").
const NAME_PARTICLES = new Set(['al', 'bin', 'bint', 'da', 'de', 'del', 'der', 'di', 'dos', 'du', 'ibn', 'la', 'le', 'van', 'von']);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u; // "Chawla", "O’Neil", "J.", "Jean-Luc", "Jr."
const BY_PREFIX = /^by\s+/i;

/**
 * Reads a by-line: the essay's first line when it names a person rather than saying something.
 * "By Jane Doe" always counts; otherwise the line must look like a name: 2–5 capitalised words
 * (initials and particles such as "van" allowed), no digits, no sentence punctuation at the end.
 * A Title-Cased short title ("Deterrence Inflation") can pass this test — which is why only the
 * op-ed form's first line is ever offered to it.
 *
 * @example readByline('Tashvi Chawla') // 'Tashvi Chawla'
 * @example readByline('The world has never seen so many alliances.') // null
 */
export function readByline(line: string): string | null {
  const trimmed = line.trim();
  if (BY_PREFIX.test(trimmed)) {
    const name = trimmed.replace(BY_PREFIX, '').trim();
    return name !== '' && name.split(/\s+/).length <= 8 ? name : null;
  }
  if (/[!?:;,]$/.test(trimmed) || /\p{N}/u.test(trimmed)) return null;
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 5) return null;
  const last = words.at(-1) ?? '';
  // A final period belongs to "Jr." or an initial, not to the end of a sentence.
  if (last.endsWith('.') && last.length > 3) return null;
  const isName = words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word));
  return isName && NAME_WORD.test(words[0] ?? '') ? trimmed : null;
}
