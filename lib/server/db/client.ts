import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { dbPool } from '@/lib/server/db/pool';
import { poolSettings } from '@/lib/server/db/pool-settings';

// One client per process, kept on globalThis in every mode (as its pool is, pool.ts): Next's dev
// server reloads modules and a production build may load this module from more than one bundle.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // The process's one pool (shared with the rate limiter); `$disconnect()` ends it, for scripts.
  const adapter = new PrismaPg(dbPool(), { disposeExternalPool: true });
  // Writers of one essay take turns on its event feed (an advisory lock), so under a burst a
  // transaction may wait for a pooled connection longer than Prisma's 2 s default. Prisma waits a
  // little longer than the pool, whose own wait (COUNTERPOINT_DB_POOL_WAIT_MS) runs out first and
  // is answered 503 (errors.ts).
  const { waitMs } = poolSettings(process.env);
  return new PrismaClient({ adapter, transactionOptions: { maxWait: waitMs + 5_000, timeout: 30_000 } });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = db;

export type TDb = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
