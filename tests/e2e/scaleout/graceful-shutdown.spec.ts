// SIGTERM on one instance (a deploy, `systemctl stop`): what is in flight finishes, live readers are
// told to come back, nothing new is let in, and the process closes its connections and exits.
import { expect, test } from '@playwright/test';
import net from 'node:net';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../../prisma/demo-data';
import { signInOverHttp } from '../../../scripts/support/http-session';
import { loggedEvents, startAppInstance, type TAppInstance } from '../../support/app-instance';
import { extraPorts } from '../../support/extra-ports';
import { EMBEDDED_SKIP_REASON, eventually, isEmbeddedRun, plantScaleout, postNote, type TPlant } from './helpers';

test.skip(isEmbeddedRun, EMBEDDED_SKIP_REASON);

let plant: TPlant;
let instance: TAppInstance;

test.beforeAll(async () => {
  // Planting and starting a production server take a while on a busy machine.
  test.setTimeout(120_000);
  plant = plantScaleout();
  const [port] = await extraPorts(1);
  instance = await startAppInstance({
    name: 'drain',
    port: port!,
    env: { NEXTAUTH_URL: `http://127.0.0.1:${port}`, COUNTERPOINT_LOG_LEVEL: 'info' },
  });
});

test.afterAll(async () => {
  await instance?.stop('SIGKILL');
});

test('on SIGTERM the request in flight completes, live readers get a retry hint, new connections are refused, and the process exits 143 after closing its connections', async () => {
  test.setTimeout(60_000);
  const poster = await signInOverHttp(instance.baseUrl, plant.emails.member, DEMO_PASSWORD);
  const reader = await signInOverHttp(instance.baseUrl, plant.emails.moderator, DEMO_PASSWORD);

  // A live reader, read raw: the shutdown's hint is a `retry:` line, which no event carries.
  const stream = await reader.fetch(`/api/essays/${plant.slug}/events`);
  expect(stream.status).toBe(200);
  let streamText = '';
  let isStreamEnded = false;
  void (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) streamText += decoder.decode(chunk, { stream: true });
    isStreamEnded = true;
  })();
  expect(await eventually(() => streamText.startsWith('retry: 1000\n\n'), 5_000)).toBe(true);

  // Hold the essay's feed lock (every note write takes it before committing), so that a note's
  // POST is still in flight, waiting in the database, when the signal arrives.
  const database = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await database.connect();
  try {
    await database.query('SELECT pg_advisory_lock(hashtext($1))', [plant.essayId]);
    const inFlight = postNote(poster, instance.baseUrl, plant, 'Written as the instance was told to stop.');
    const isWaiting = async () =>
      (
        await database.query(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = 'counterpoint-drain' AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
        )
      ).rowCount === 1;
    expect(await eventually(isWaiting, 10_000)).toBe(true);

    const exitCode = instance.stop('SIGTERM');

    // The live reader is told to reconnect (to another instance, through the proxy) and let go.
    expect(await eventually(() => isStreamEnded, 5_000)).toBe(true);
    const hint = /retry: (\d+)\n\n$/.exec(streamText);
    expect(hint, `the stream ended with: ${JSON.stringify(streamText.slice(-60))}`).not.toBeNull();
    expect(Number(hint![1])).toBeGreaterThanOrEqual(500);
    expect(Number(hint![1])).toBeLessThanOrEqual(1_500);

    // Nobody new gets in: the listening socket is closed while the POST is still waiting. Probed
    // with a new TCP connection of its own: fetch would reuse a pooled keep-alive socket, which the
    // closing server drops ("other side closed") and which says nothing about new connections.
    const isRefused = () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(instance.port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
      });
    expect(await eventually(isRefused, 5_000)).toBe(true);

    await database.query('SELECT pg_advisory_unlock(hashtext($1))', [plant.essayId]);
    const answer = await inFlight;
    expect(answer.status).toBe(201);
    const { annotation } = (await answer.json()) as { annotation: { id: string } };
    const stored = await database.query('SELECT body FROM "Annotation" WHERE id = $1', [annotation.id]);
    expect(stored.rows).toEqual([{ body: 'Written as the instance was told to stop.' }]);

    // Next exits with 128 + SIGTERM's 15, as a process stopped by the signal (README, settings).
    expect(await exitCode).toBe(143);
    const done = loggedEvents(instance, 'shutdown.done');
    expect(done).toHaveLength(1);
    expect(done[0]!.code).toBe(143);
    // It said it closed its pool and LISTEN connection before exiting, and none of them is left.
    const left = await database.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'counterpoint-drain'`);
    expect(left.rows[0].n).toBe(0);
  } finally {
    await database.end();
  }
});
