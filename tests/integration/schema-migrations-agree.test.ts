// Drift check: replaying prisma/migrations must give exactly the schema in prisma/schema.prisma.
// Runs the real Prisma CLI (with the stand-in schema engine from prisma.config.ts):
//   prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --script --exit-code
// Exit code 0: they agree; 2: they differ (stdout holds the SQL the missing migration needs);
// anything else: the check itself failed.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from '@/lib/server/db/embedded-postgres';

const root = fileURLToPath(new URL('../..', import.meta.url));
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

type TRun = { code: number; stdout: string; stderr: string };

function runPrisma(args: string[], env: NodeJS.ProcessEnv): Promise<TRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [prismaCli, ...args], { cwd: root, env, timeout: 50_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && typeof error.code !== 'number' ? `${stderr}\n${error.message}` : stderr });
    });
  });
}

describe('prisma/schema.prisma and prisma/migrations', () => {
  // Replaying the migrations needs a shadow database. On a PostgreSQL server the schema engine
  // creates and drops a temporary one next to DATABASE_URL. Embedded PGlite (the test runner's
  // fallback, COUNTERPOINT_TEST_SERVER_URL empty) serves one database only, so give it a second one.
  let shadow: TEmbeddedPostgres | undefined;
  beforeAll(async () => {
    if (!process.env.SHADOW_DATABASE_URL && !process.env.COUNTERPOINT_TEST_SERVER_URL) {
      shadow = await startEmbeddedPostgres(null);
    }
  });
  afterAll(async () => {
    await shadow?.stop();
  });

  it('agree: the migrations produce exactly the schema (else add a migration with `prisma migrate dev`)', async () => {
    const databaseUrl = process.env.DATABASE_URL;
    expect(databaseUrl, 'DATABASE_URL must name the test database').toBeTruthy();
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
    if (shadow) env.SHADOW_DATABASE_URL = shadow.url;

    const args = [
      'migrate',
      'diff',
      '--from-migrations',
      'prisma/migrations',
      '--to-schema',
      'prisma/schema.prisma',
      '--script',
      '--exit-code',
    ];
    const { code, stdout, stderr } = await runPrisma(args, env);

    if (code === 2) {
      expect.fail(
        'prisma/schema.prisma and prisma/migrations disagree. SQL a new migration would need:\n\n' +
          `${stdout.trim()}\n\nCreate it with: npx prisma migrate dev --name <what-changed>`,
      );
    }
    expect(code, `prisma migrate diff failed (exit ${code}):\n${stderr}\n${stdout}`).toBe(0);
  });
});
