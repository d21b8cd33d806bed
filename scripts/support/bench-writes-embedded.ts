// npm run bench:writes -- --embedded — the app exactly as `npm start` runs it without DATABASE_URL
// (PGlite behind its socket server, in a fresh data folder), then 64 concurrent clients for a while:
// half read (the essay page, its notes API), half write (rating PUTs, annotation POSTs), as the four
// demo members. Prints every answer by status: the embedded default should never answer 5xx.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeRange } from '@/lib/domain/anchoring';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../../prisma/demo-data';
import { signInOverHttp } from './http-session';
import { percentile, runLoad } from './load-loop';

const CLIENTS = 64;
const RUN_MS = 20_000;
const PORT = 3142;
const baseUrl = `http://localhost:${PORT}`;

const dataDir = mkdtempSync(path.join(tmpdir(), 'counterpoint-bench-embedded-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(PORT),
  COUNTERPOINT_DATA_DIR: dataDir,
  // Measure the connections, not the limiter.
  COUNTERPOINT_WRITES_PER_MINUTE: '1000000',
  COUNTERPOINT_SIGNINS_PER_WINDOW: '1000000',
};
delete env.DATABASE_URL;
const launcher = spawn('node', ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const exited = new Promise<number>((resolve) => launcher.on('exit', (code) => resolve(code ?? 1)));
let serverLog = '';
launcher.stdout.on('data', (chunk: Buffer) => {
  serverLog += chunk.toString();
});
try {
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      if (i > 3000) throw new Error(`npm start did not serve within 5 minutes:\n${serverLog}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const members = [DEMO_USERS.member, DEMO_USERS.moderator, DEMO_USERS.author, DEMO_USERS.owner];
  const sessions = await Promise.all(members.map((user) => signInOverHttp(baseUrl, user.email, DEMO_PASSWORD)));
  const headers = { 'content-type': 'application/json', origin: baseUrl };
  // The essay's text and claims through the public API, with a read token of the demo member.
  const tokenResponse = await sessions[0]!.fetch('/api/account/tokens', {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'bench:writes', scope: 'READ' }),
  });
  const { token } = (await tokenResponse.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const { essay } = (await (await fetch(`${baseUrl}/api/v1/essays/${DEMO_ESSAY.slug}`, { headers: auth })).json()) as {
    essay: { revision: { id: string }; text: string };
  };
  const { claims } = (await (await fetch(`${baseUrl}/api/v1/essays/${DEMO_ESSAY.slug}/claims`, { headers: auth })).json()) as {
    claims: { id: string; start: number; end: number }[];
  };

  const result = await runLoad(CLIENTS, RUN_MS, async (client, n) => {
    const session = sessions[client % sessions.length]!;
    const claim = claims[(client * 3 + n) % claims.length]!;
    let response: Response;
    if (client % 2 === 0) {
      // The reader: its page, and the sidebar's first page of threads (the essay's notes load from there).
      response = await session.fetch(n % 2 === 0 ? `/essays/${DEMO_ESSAY.slug}` : `/api/essays/${DEMO_ESSAY.slug}/threads?limit=50`);
    } else if (n % 2 === 0) {
      response = await session.fetch(`/api/claims/${claim.id}/ratings/${n % 4 === 0 ? 'agreement' : 'evidence'}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ value: ((client + n) % 5) + 1 }),
      });
    } else {
      response = await session.fetch(`/api/essays/${DEMO_ESSAY.slug}/annotations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          revisionId: essay.revision.id,
          motivation: 'COMMENTING',
          body: `embedded bench ${client}-${n}`,
          selectors: describeRange(essay.text, claim.start, claim.end),
        }),
      });
    }
    await response.arrayBuffer();
    return response.status;
  });
  const errors = [...result.byStatus].filter(([status]) => !/^[23]/.test(status));
  const errorCount = errors.reduce((sum, [, count]) => sum + count, 0);
  console.log(
    `bench:writes --embedded — ${CLIENTS} clients (half reading, half writing) for ${RUN_MS / 1000} s on npm start without DATABASE_URL`,
  );
  console.log(
    `requests ${result.requests} (${(result.requests / result.seconds).toFixed(1)}/s), p95 ${percentile(result.latencies, 95).toFixed(0)} ms`,
  );
  console.log(`by status: ${[...result.byStatus].map(([s, c]) => `${s}×${c}`).join('  ')}`);
  console.log(`errors: ${errorCount} (target 0: ${errorCount === 0 ? 'PASS' : 'FAIL'})`);
  const logged = serverLog.split('\n').filter((line) => /error|closed|timeout/i.test(line));
  if (logged.length) console.log(`server log (${logged.length} error lines), first: ${logged.slice(0, 3).join(' | ')}`);
} finally {
  launcher.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
}
