import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, listMigrations } from '@/lib/server/db/migrate';
import { createFreshDatabase, type TTestDatabase } from '../support/test-database';

// Table names the rest of the app relies on; a migration that forgets one fails here.
const EXPECTED_TABLES = [
  'User',
  'Account',
  'Session',
  'VerificationToken',
  'ApiToken',
  'Cohort',
  'Membership',
  'CohortInvite',
  'Essay',
  'EssayRevision',
  'Section',
  'Claim',
  'ClaimVersion',
  'Annotation',
  'AnnotationClaim',
  'AnnotationEdit',
  'Rating',
  'Argument',
  'ImpactVote',
  'Flag',
  'ModerationAction',
  'Appeal',
  'AuthorResponse',
  'Notification',
  'EssayEvent',
];

describe('migrations on an empty database', () => {
  let database: TTestDatabase;
  beforeAll(async () => {
    database = await createFreshDatabase(process.env.COUNTERPOINT_TEST_SERVER_URL || undefined, 'counterpoint_empty');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('creates every table and records each migration the way Prisma does', async () => {
    const first = await applyMigrations(database.url);
    expect(first.applied).toEqual(listMigrations().map((m) => m.name));

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      const names = tables.rows.map((row) => row.table_name);
      expect(names).toEqual(expect.arrayContaining([...EXPECTED_TABLES, '_prisma_migrations']));
      const recorded = await client.query<{ migration_name: string; checksum: string }>(
        'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(recorded.rows).toEqual(listMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    } finally {
      await client.end();
    }
  });

  it('is idempotent: a second start applies nothing', async () => {
    const second = await applyMigrations(database.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(listMigrations().length);
  });

  it('refuses to edit the moderation ledger (it is append-only)', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE "ModerationAction" SET reason = 'x'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "ModerationAction"`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
