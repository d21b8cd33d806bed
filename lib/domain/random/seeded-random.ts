/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * run and machine, so benchmarks build the same data across commits and randomized tests are
 * reproducible. Not for anything secret — use node:crypto there.
 * @example const random = seededRandom(1); random(); // 0.6270739405881613, always
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
