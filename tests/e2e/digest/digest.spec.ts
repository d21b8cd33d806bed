import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

// The story planted by plant-digest.ts, counted by hand: 9 members; Ann, Abe and Ben read the
// essay; two questions (Bea, Bud; Ari's note is hidden); camps A (Ann, Abe, Ari + the facilitator)
// and B (Ben, Bea, Bud) rated all three claims; Ann argued for claim 1, Ben against it.
let slug: string;
const HIDDEN_WORDS = 'hidden-d1g3';

test.beforeAll(() => {
  const output = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/digest/plant-digest.ts'], {
    env: process.env,
    encoding: 'utf8',
  });
  slug = (JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { slug: string }).slug;
});

test('a facilitator reads the digest section by section, downloads it as Markdown and prints it', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO_USERS.moderator.email);
  await page.goto(`/essays/${slug}/facilitator`);
  await page.getByRole('link', { name: 'Debate digest' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Debate digest: Digest of a reading');

  const participation = page.getByTestId('digest-participation');
  await expect(participation).toContainText('The cohort has 9 members.');
  await expect(participation.getByTestId('participation-chart')).toHaveAttribute(
    'aria-label',
    'Who took part: Read the essay 3 of 9 (33 %); Wrote notes 2 of 9 (22 %); Rated claims 7 of 9 (78 %); Argued 2 of 9 (22 %)',
  );
  await expect(participation.getByTestId('participation-totals')).toHaveText('2 notes, 0 replies, 2 arguments and 21 ratings.');

  const opinion = page.getByTestId('digest-opinion');
  await expect(opinion.getByTestId('opinion-groups')).toContainText(
    '7 of 7 members who rated fall into groups A (4 members), B (3 members).',
  );
  await expect(opinion.getByTestId('digest-crux')).toHaveCount(2);
  await expect(opinion.getByTestId('digest-crux').first()).toContainText('Group A leans to agree, group B to disagree');
  await expect(opinion.getByTestId('digest-crux').first().getByTestId('group-votes-chart')).toHaveAttribute(
    'aria-label',
    'Group A: 4 agree, 0 disagree, 0 neither; Group B: 0 agree, 3 disagree, 0 neither',
  );
  await expect(opinion.getByTestId('digest-common-ground')).toHaveCount(1);
  await expect(opinion.getByTestId('digest-common-ground')).toContainText('Claim 3: “Peace needs trust and patience.”');

  const args = page.getByTestId('digest-arguments');
  await expect(args.getByTestId('argument-balance-chart')).toHaveAttribute('aria-label', 'Arguments for the essay’s claims: 1; against: 1');
  await expect(args.getByTestId('digest-side-support')).toContainText('Deterrence held in Europe.');
  await expect(args.getByTestId('digest-side-support')).toContainText('impact 3.5 of 4 from 2 votes');
  await expect(args.getByTestId('digest-side-attack')).toContainText('impact 1.0 of 4 from 1 vote');

  const responses = page.getByTestId('digest-responses');
  await expect(responses.getByTestId('responses-by-status')).toHaveText('Answers by status: Conceded 1, Revised 1.');
  await expect(responses.getByTestId('digest-response')).toHaveCount(2);
  await expect(responses.getByTestId('claim-diff').locator('ins')).toHaveText('and patience');

  await expect(page.getByTestId('digest-critiques').getByRole('heading')).toHaveText('Open critiques (1)');
  await expect(page.getByTestId('digest-critique')).toContainText('Whose trust, exactly?');
  await expect(page.getByTestId('moderation-actions')).toHaveText('Hid 1 time');
  await expect(page.getByTestId('moderation-hidden')).toContainText('1 note and 0 arguments');
  await expect(page.getByText(HIDDEN_WORDS)).toHaveCount(0);

  // The Markdown download: the same digest, as an attachment named for the essay.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download as Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${slug}-digest.md`);
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown.startsWith('# Debate digest: Digest of a reading\n')).toBe(true);
  for (const line of [
    '| rating claims | 7 of 9 (78 %) |',
    '**Claim 3:** “Peace needs trust and patience.” — every group leans to agree',
    '- Peace needs trust **and patience**.',
    '## Open critiques (1)',
    'Hidden now: 1 note and 0 arguments',
  ])
    expect(markdown).toContain(line);
  expect(markdown).not.toContain(HIDDEN_WORDS);

  // On paper: no site header, breadcrumb or buttons; every section there, each from a new page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByTestId('digest-actions')).toBeHidden();
  const sections = ['participation', 'opinion', 'arguments', 'responses', 'critiques', 'moderation'];
  for (const id of sections) await expect(page.getByTestId(`digest-${id}`)).toBeVisible();
  await expect(page.getByTestId('digest-participation')).not.toHaveCSS('break-before', 'page');
  for (const id of sections.slice(1)) await expect(page.getByTestId(`digest-${id}`)).toHaveCSS('break-before', 'page');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // One page at least per section (Chromium writes each page object as "/Type /Page").
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(sections.length);
});

test('a member finds no digest: no link on the essay, a 404 at its address and for the download', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(`/essays/${slug}`);
  await expect(page.getByRole('navigation', { name: 'About this debate' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Debate digest' })).toHaveCount(0);
  expect((await page.goto(`/essays/${slug}/digest`))?.status()).toBe(404);
  expect((await page.request.get(`/api/essays/${slug}/digest.md`)).status()).toBe(404);
});
