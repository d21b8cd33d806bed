// Decides whether `npm start` seeds the demo cohort and accounts. The demo accounts share a
// password printed in the README, so they must never appear silently on a real database: they are
// seeded on the embedded default (a fresh local try-out) and in dev, or when the operator asks.
//   npm start -- --seed-demo          seed on your own PostgreSQL too
//   COUNTERPOINT_SEED_DEMO=1 / =0     force seeding on / off, whatever the database

export type TSeedDecisionInput = {
  /** True when DATABASE_URL was unset and the launcher started the embedded PGlite. */
  isEmbedded: boolean;
  isDev: boolean;
  argv: readonly string[];
  seedDemoEnv: string | undefined;
};

export const SEED_DEMO_FLAG = '--seed-demo';

/** True when the launcher should (idempotently) seed the demo data. */
export function shouldSeedDemo({ isEmbedded, isDev, argv, seedDemoEnv }: TSeedDecisionInput): boolean {
  if (seedDemoEnv === '1' || seedDemoEnv === 'true') return true;
  if (seedDemoEnv === '0' || seedDemoEnv === 'false') return false;
  if (argv.includes(SEED_DEMO_FLAG)) return true;
  return isEmbedded || isDev;
}
