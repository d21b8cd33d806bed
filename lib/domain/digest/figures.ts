/**
 * Figures as the digest writes them, on the page and in the Markdown alike.
 */

/**
 * A count against its whole with the share, or just the count when there is no whole.
 * @example ofWhole(3, 8)    // '3 of 8 (38 %)'
 * @example ofWhole(3, null) // '3'
 */
export function ofWhole(part: number, whole: number | null): string {
  if (whole === null || whole === 0) return String(part);
  return `${part} of ${whole} (${Math.round((part / whole) * 100)} %)`;
}

/**
 * @example counted(1, 'note', 'notes') // '1 note'
 * @example counted(2, 'note', 'notes') // '2 notes'
 */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
