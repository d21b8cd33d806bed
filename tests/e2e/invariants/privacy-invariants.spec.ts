// The privacy invariants, read over HTTP from the built app: every GET route (pages, API, exports,
// CSV, the live stream from event 0) by every kind of reader, against planted marker strings.
//  - hidden, deleted, edited-away and others' private words reach nobody;
//  - members see the pseudonym, never the real name, email or user id behind it;
//  - outsiders (signed out, signed in, staff of another cohort) get nothing of the cohort;
//  - nothing a member who has not rated reads changes when others' ratings change;
//  - on an essay with "post before you see", members who have not posted get nobody's notes or
//    arguments but their own, while staff, the essay's author and members who posted get them all.
//  - a draft's words reach its cohort's owners and moderators only (members and its author: 404).
import { execFileSync } from 'node:child_process';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { MARKERS, PASSWORD, PSEUDONYM, REAL_NAME, type TWorld } from './markers';
import { readUrl } from './read-url';
import { routeUrls } from './routes';

type TReaderKey = 'anonymous' | 'outsider' | 'otherModerator' | 'unrated' | 'member' | 'author';
type TReader = { key: TReaderKey; context: APIRequestContext; cookie: string };

const baseURL = `http://localhost:${process.env.PORT ?? 3100}`;
let world: TWorld;
const readers: TReader[] = [];

async function signedInContext(email: string | null): Promise<{ context: APIRequestContext; cookie: string }> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  if (email) {
    const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await context.post('/api/auth/callback/credentials', { form: { csrfToken, email, password: PASSWORD, json: 'true' } });
    const session = (await (await context.get('/api/auth/session')).json()) as { user?: { email?: string } };
    expect(session.user?.email, `signing in as ${email}`).toBe(email);
  }
  const cookies = (await context.storageState()).cookies;
  return { context, cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const output = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/invariants/plant-markers.ts'], {
    env: process.env,
    encoding: 'utf8',
  });
  world = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as TWorld;
  const emails: Record<TReaderKey, string | null> = {
    anonymous: null,
    outsider: world.users.outsider.email,
    otherModerator: world.users.otherModerator.email,
    unrated: world.users.unrated.email,
    member: world.users.member.email,
    author: world.users.author.email,
  };
  for (const key of Object.keys(emails) as TReaderKey[]) readers.push({ key, ...(await signedInContext(emails[key])) });
});

test.afterAll(async () => {
  await Promise.all(readers.map((r) => r.context.dispose()));
});

/** What each reader must never receive, as [what it is, the string]. */
function forbiddenFor(key: TReaderKey): [string, string][] {
  const withheld: [string, string][] = [
    ['a note hidden by a moderator', MARKERS.hiddenNote],
    ['a deleted note', MARKERS.deletedNote],
    ['words edited away', MARKERS.editedAway],
    ['an argument hidden by a moderator', MARKERS.hiddenArgument],
    ["another member's private note", MARKERS.privateNote],
    ["a draft's title or words", MARKERS.draft],
    // None of these readers has posted on the "post before you see" essay; its author always sees.
    ...(key === 'author'
      ? []
      : ([
          ['a note on an essay whose notes they have not unlocked', MARKERS.gatedNote],
          ['an argument on an essay whose arguments they have not unlocked', MARKERS.gatedArgument],
        ] as [string, string][])),
  ];
  const identity: [string, string][] = [
    ['the real name behind a pseudonym', REAL_NAME],
    ['the email behind a pseudonym', world.writer.email],
    ['the user id behind a pseudonym', world.writer.id],
  ];
  if (key === 'member' || key === 'unrated' || key === 'author') return [...withheld, ...identity];
  return [
    ...withheld,
    ...identity,
    ['a cohort note', MARKERS.visible],
    ['a pseudonym in the cohort', PSEUDONYM],
    ['the last note', MARKERS.streamEnd],
  ];
}

test('no planted marker reaches a reader who may not see it, on any route', async () => {
  test.setTimeout(240_000);
  const urls = routeUrls(world);
  const leaks: string[] = [];
  const seen = new Map<TReaderKey, string>();
  for (const reader of readers) {
    let everything = '';
    for (const { url } of urls) {
      const { status, text } = await readUrl(baseURL, url, reader.cookie, MARKERS.streamEnd);
      expect(status, `${reader.key} reading ${url}`).toBeLessThan(500);
      everything += text;
      for (const [what, marker] of forbiddenFor(reader.key)) {
        if (text.includes(marker)) leaks.push(`${reader.key} got ${what} from ${url}`);
      }
    }
    seen.set(reader.key, everything);
  }
  expect(leaks).toEqual([]);
  // The suite reads what it should: members do get the cohort's notes under the pseudonym,
  // including from the live stream (it ends on the last note).
  for (const key of ['member', 'unrated'] as const) {
    for (const expected of [MARKERS.visible, MARKERS.streamEnd, PSEUDONYM]) {
      expect(seen.get(key)?.includes(expected), `${key} reads ${expected} somewhere`).toBe(true);
    }
  }
  // …and their own notes on the essay they have not unlocked (they see their own, only).
  expect(seen.get('member')?.includes("Member's own private note"), 'the member reads their own note on the gated essay').toBe(true);
});

test('post before you see: staff, the essay’s author and a member who posted read the cohort’s notes and arguments', async () => {
  test.setTimeout(120_000);
  const slug = world.gatedSlug;
  const urls = [
    `/essays/${slug}/map`,
    `/api/essays/${slug}/threads`,
    `/api/essays/${slug}/annotations/export`,
    `/api/v1/essays/${slug}/annotations`,
    `/api/v1/essays/${slug}/arguments`,
    `/essays/${slug}/claims/${world.gatedClaimId}`,
  ];
  for (const who of ['moderator', 'owner', 'author', 'poster'] as const) {
    const { context, cookie } = await signedInContext(world.users[who].email);
    let everything = '';
    for (const url of urls) everything += (await readUrl(baseURL, url, cookie, MARKERS.streamEnd)).text;
    expect(everything.includes(MARKERS.gatedNote), `${who} reads the cohort's note`).toBe(true);
    expect(everything.includes(MARKERS.gatedArgument), `${who} reads the cohort's argument`).toBe(true);
    await context.dispose();
  }
  // The member who has not posted is told why the margin is empty.
  const member = readers.find((r) => r.key === 'member')!;
  expect((await readUrl(baseURL, `/essays/${slug}`, member.cookie, MARKERS.streamEnd)).text).toContain('Post your first note to see');
});

test('the suite’s searches are not vacuous: search finds what the reader may read, highlighted', async () => {
  const tail = (marker: string) => marker.split('-').at(-1)!;
  const member = readers.find((r) => r.key === 'member')!;
  const moderator = await signedInContext(world.users.moderator.email);
  const cases: [string, string, string][] = [
    [member.cookie, `/search?q=${tail(MARKERS.visible)}`, MARKERS.visible],
    [member.cookie, `/api/v1/search?q=${tail(MARKERS.visible)}`, MARKERS.visible],
    [moderator.cookie, `/search?q=${tail(MARKERS.gatedNote)}&essay=${world.gatedSlug}`, MARKERS.gatedNote],
    [moderator.cookie, `/api/v1/search?q=${tail(MARKERS.gatedArgument)}`, MARKERS.gatedArgument],
  ];
  for (const [cookie, url, marker] of cases) {
    const { status, text } = await readUrl(baseURL, url, cookie, MARKERS.streamEnd);
    expect(status, url).toBe(200);
    expect(text.includes(marker), `${url} finds ${marker}`).toBe(true);
  }
  await moderator.context.dispose();
});

test('private cohort pages are a 404 to every outsider (signed out: a sign-in wall at most)', async () => {
  for (const reader of readers.filter((r) => r.key === 'anonymous' || r.key === 'outsider' || r.key === 'otherModerator')) {
    for (const url of [`/essays/${world.essaySlug}`, `/cohorts/${world.cohortId}`, `/essays/${world.essaySlug}/claims/${world.claimId}`]) {
      const response = await reader.context.get(url, { maxRedirects: 0 });
      const answer = response.status() === 404 ? '404' : `${response.status()} ${response.headers()['location'] ?? ''}`;
      const signInWall =
        reader.key === 'anonymous' &&
        [302, 303, 307].includes(response.status()) &&
        (response.headers()['location'] ?? '').includes('/signin');
      expect(signInWall ? '404' : answer, `${reader.key} reading ${url}`).toBe('404');
    }
  }
});

test("a draft is a 404 to everyone but its cohort's staff, who read all of it", async () => {
  const urls = [`/essays/${world.draftSlug}`, `/essays/${world.draftSlug}/draft`, `/api/essays/${world.draftSlug}/draft`];
  for (const reader of readers) {
    for (const url of urls) {
      const response = await reader.context.get(url, { maxRedirects: 0 });
      const signInWall = reader.key === 'anonymous' && (response.headers()['location'] ?? '').includes('/signin');
      expect(signInWall ? 404 : response.status(), `${reader.key} reading ${url}`).toBe(404);
    }
  }
  // The positive control: the owner and the moderator do read the draft's words.
  for (const staff of [world.users.owner, world.users.moderator]) {
    const { context } = await signedInContext(staff.email);
    for (const url of urls) {
      const response = await context.get(url);
      expect(response.status(), `${staff.name} reading ${url}`).toBe(200);
      expect((await response.text()).includes(MARKERS.draft), `${staff.name} reads the draft at ${url}`).toBe(true);
    }
    await context.dispose();
  }
});

test("the debate digest: the cohort's staff and the essay's author read it, withheld words and all kept out; members get a 404", async () => {
  test.setTimeout(120_000);
  const digestUrls = (slug: string) => [`/essays/${slug}/digest`, `/api/essays/${slug}/digest.md`];
  const withheld = [
    MARKERS.hiddenNote,
    MARKERS.deletedNote,
    MARKERS.editedAway,
    MARKERS.hiddenArgument,
    MARKERS.privateNote,
    MARKERS.draft,
  ];
  for (const who of ['moderator', 'owner', 'author'] as const) {
    const { context } = await signedInContext(world.users[who].email);
    for (const url of [...digestUrls(world.essaySlug), ...digestUrls(world.gatedSlug)]) {
      const response = await context.get(url);
      expect(response.status(), `${who} reading ${url}`).toBe(200);
      const text = await response.text();
      for (const marker of withheld) expect(text.includes(marker), `${who} gets ${marker} from ${url}`).toBe(false);
      if (!url.includes(world.gatedSlug)) continue;
      // The writer's argument on the gated essay is an open critique: named by the display-name
      // rule — "pseudonym (real name)" for staff, the pseudonym alone for the author.
      expect(text.includes(MARKERS.gatedArgument), `${who} reads the open critique at ${url}`).toBe(true);
      expect(text.includes(PSEUDONYM), `${who} reads the pseudonym at ${url}`).toBe(true);
      expect(text.includes(REAL_NAME), `${who} reading ${url} sees the real name: ${who !== 'author'}`).toBe(who !== 'author');
    }
    await context.dispose();
  }
  for (const reader of readers) {
    for (const url of digestUrls(world.essaySlug)) {
      if (reader.key === 'author') continue;
      const response = await reader.context.get(url, { maxRedirects: 0 });
      const signInWall = reader.key === 'anonymous' && (response.headers()['location'] ?? '').includes('/signin');
      expect(signInWall ? 404 : response.status(), `${reader.key} reading ${url}`).toBe(404);
    }
  }
});

test('staff see who is behind a pseudonym; members see only the pseudonym', async () => {
  const moderator = await signedInContext(world.users.moderator.email);
  // The essay page carries no note: the names are in the threads its sidebar loads.
  const threads = await (await moderator.context.get(`/api/essays/${world.essaySlug}/threads`)).text();
  expect(threads.includes(`${PSEUDONYM} (${REAL_NAME})`), 'the moderator reads "pseudonym (real name)" in the essay\'s threads').toBe(true);
  await moderator.context.dispose();
});

test('the opinion map: a member who rated sees the groups by pseudonym; one who has not, only how many to rate', async () => {
  const read = async (key: TReaderKey) =>
    (await readUrl(baseURL, `/api/essays/${world.essaySlug}/opinion-map`, readers.find((r) => r.key === key)!.cookie, MARKERS.streamEnd))
      .text;
  const member = JSON.parse(await read('member')) as { opinionMap: { state: string; members: { person: { name: string } }[] } };
  expect(member.opinionMap.state).toBe('open');
  expect(member.opinionMap.members.map((m) => m.person.name)).toContain(PSEUDONYM);
  const unrated = JSON.parse(await read('unrated')) as { opinionMap: Record<string, unknown> };
  expect(Object.keys(unrated.opinionMap).sort()).toEqual(['essay', 'isSignedIn', 'minRatings', 'rated', 'state']);
  expect(unrated.opinionMap).toMatchObject({ state: 'locked', minRatings: 4, rated: 0 });
});

test('metrics reach only the holder of the metrics token, and name no essay, cohort or person', async () => {
  for (const reader of readers) {
    const response = await reader.context.get('/api/metrics');
    expect(response.status(), `${reader.key} reading /api/metrics`).toBe(401);
    expect(await response.text(), reader.key).not.toContain('counterpoint_http_request_duration_seconds');
  }
  const scraper = await playwrightRequest.newContext({ baseURL });
  const response = await scraper.get('/api/metrics', { headers: { Authorization: `Bearer ${process.env.COUNTERPOINT_METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  const text = await response.text();
  // The suite above read every route, so the histogram has their patterns — never their values.
  expect(text).toContain('route="/api/essays/[slug]/threads"');
  const named: [string, string][] = [
    ['an essay slug', world.essaySlug],
    ['a cohort id', world.cohortId],
    ['a claim id', world.claimId],
    ['a note id', world.annotationId],
    ["a writer's user id", world.writer.id],
    ["a writer's email", world.writer.email],
    ['a real name', REAL_NAME],
    ['a pseudonym', PSEUDONYM],
    ...Object.values(MARKERS).map((marker): [string, string] => ['a planted marker', marker]),
  ];
  expect(named.filter(([, value]) => text.includes(value)).map(([what]) => what)).toEqual([]);
  await scraper.dispose();
});

test("nothing a member who has not rated reads changes when others' ratings change", async () => {
  test.setTimeout(240_000);
  const unrated = readers.find((r) => r.key === 'unrated');
  if (!unrated) throw new Error('the unrated reader is signed in in beforeAll');
  // Claim 0 of the first essay is re-rated, so the second essay's routes are left out (time).
  const urls = routeUrls(world).filter(
    ({ url }) =>
      !url.includes('/events') && !url.startsWith('/api/auth/') && !url.includes(world.gatedSlug) && !url.includes(world.gatedClaimId),
  );
  const before = new Map<string, string>();
  for (const { url } of urls) before.set(url, normalise((await readUrl(baseURL, url, unrated.cookie, MARKERS.streamEnd)).text));

  // Another member changes both of their ratings of claim 0 to the other extreme.
  const rater = await signedInContext(world.rater.email);
  for (const [axis, value] of [
    ['agreement', 1],
    ['evidence', 5],
  ] as const) {
    const response = await rater.context.put(`/api/claims/${world.claimId}/ratings/${axis}`, { data: { value } });
    expect(response.status(), `rating ${axis}`).toBe(200);
  }
  await rater.context.dispose();

  const changed: string[] = [];
  for (const { url } of urls) {
    const after = normalise((await readUrl(baseURL, url, unrated.cookie, MARKERS.streamEnd)).text);
    const earlier = before.get(url) ?? '';
    if (after !== earlier) changed.push(`${url}: ${firstDifference(earlier, after)}`);
  }
  expect(changed).toEqual([]);
});

/** Where two readings part, with a little context either side, so a failure says what changed. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `…${a.slice(Math.max(0, i - 60), i + 60)}… became …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

/**
 * A reading reduced to what it says, not the order it was streamed in: React streams a page's
 * pieces (and numbers its RSC rows) in whatever order they finish, so the same data can arrive in
 * a different byte order. The reading becomes the sorted list of its pieces — text between tags,
 * tags, RSC rows with their row ids and references blanked — minus per-request noise (CSP nonces,
 * CSRF tokens, relative times) and the markup of where streamed pieces landed. Any figure that changed still changes a piece.
 */
function normalise(text: string): string {
  // The RSC payload is cut into script chunks wherever the stream happened to flush: rejoin it.
  const payload = [...text.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)].map((m) => m[1]).join('');
  return (
    `${text.replace(/<script[\s\S]*?<\/script>/g, '')}\n${payload}`
      .replace(/nonce(=|\\?":\\?")"?[A-Za-z0-9+/=_-]+"?/g, 'nonce')
      .replace(/"csrfToken":"[^"]*"/g, '"csrfToken"')
      .replace(/\b(just now|\d+ (second|minute|hour|day)s? ago)\b/g, 'some time ago')
      .replace(/\$L?[0-9a-f]+\b/g, '$ref')
      .replace(/\b[SP]:[0-9a-f]+\b/g, 'S:id')
      .split(/<|>|\n|\\n/)
      .map((piece) => piece.replace(/^[0-9a-f]{1,4}:/, '').trim())
      // Markup that only says where a streamed piece landed: Suspense comments (`$` or pending `$?`),
      // the template/hidden-div pair of a boundary that resolved late, and closing tags.
      .filter(
        (piece) =>
          piece !== '' && !piece.startsWith('!--') && !piece.startsWith('/') && !/^template\b|^div hidden(="")? id="S:/.test(piece),
      )
      .sort()
      .join('\n')
  );
}
