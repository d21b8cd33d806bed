import { execFileSync } from 'node:child_process';
import { describeRange } from '../../../lib/domain/anchoring';
import type { THttpSession } from '../../../scripts/support/http-session';

export type TPlant = {
  slug: string;
  essayId: string;
  revisionId: string;
  text: string;
  claimId: string;
  /** The plant's own accounts (password DEMO_PASSWORD): their write budgets are this plant's alone. */
  emails: { owner: string; moderator: string; member: string };
};

/** The cohort, accounts and essay of plant-scaleout.ts, planted through the app's services. */
export function plantScaleout(): TPlant {
  const output = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/scaleout/plant-scaleout.ts'], {
    env: process.env,
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as TPlant;
}

/** The two-instance specs need LISTEN/NOTIFY across processes, which only a PostgreSQL server has (ADR 0008). */
export const isEmbeddedRun = process.env.COUNTERPOINT_EMBEDDED === '1';
export const EMBEDDED_SKIP_REASON =
  'several app instances need a PostgreSQL server: PGlite serves one process (npm test with DATABASE_URL runs this)';

/** Posts a note on the essay's first sentence as a signed-in person would from a page served by `origin`. */
export function postNote(session: THttpSession, origin: string, plant: TPlant, body: string): Promise<Response> {
  const sentence = 'Alliances deter war.';
  const start = plant.text.indexOf(sentence);
  return session.fetch(`/api/essays/${plant.slug}/annotations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({
      revisionId: plant.revisionId,
      motivation: 'COMMENTING',
      body,
      selectors: describeRange(plant.text, start, start + sentence.length),
    }),
  });
}

/** Polls `check` every 20 ms until it returns true or `ms` pass; returns whether it did. */
export async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
