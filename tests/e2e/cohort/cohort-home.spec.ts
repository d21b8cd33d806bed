import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

type TWorld = { cohortId: string; open: string; closed: string; later: string; draft: string };
let world: TWorld;

test.beforeAll(() => {
  const output = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/cohort/plant-cohort-home.ts'], {
    env: process.env,
    encoding: 'utf8',
  });
  world = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as TWorld;
});

const essayRow = (page: Page, slug: string) => page.locator(`[data-testid="cohort-essay"][data-essay="${slug}"]`);

test("a member sees the cohort's essays with their status and figures, and reading one counts", async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(`/cohorts/${world.cohortId}`);

  // Newest first; the draft is not there for a member.
  await expect(page.getByTestId('cohort-essay')).toHaveCount(3);
  await expect(page.getByTestId('cohort-essay').first()).toContainText('This week’s reading');
  await expect(page.getByText('A draft not yet published')).toHaveCount(0);

  const open = essayRow(page, world.open);
  await expect(open.getByTestId('essay-status')).toHaveText('Closes in 2 days');
  await expect(open.getByTestId('essay-readers')).toHaveText('Read by 1 of 4 members');
  await expect(open.getByTestId('essay-annotators')).toHaveText('Annotated by 2 of 4 members');
  await expect(open.getByTestId('essay-open-critiques')).toHaveText('Open critiques 2');
  await expect(open.getByTestId('essay-contested')).toHaveText('Most contested: “Alliances deter war.” (1 counter-argument, 1 question)');
  await expect(essayRow(page, world.closed).getByTestId('essay-status')).toHaveText('Closed');
  await expect(essayRow(page, world.later).getByTestId('essay-status')).toHaveText('Opens in 3 days');

  // Reading the essay is counted once the reader has told the server.
  const beacon = page.waitForResponse((r) => r.url().endsWith(`/api/essays/${world.open}/read`) && r.request().method() === 'POST');
  await open.getByRole('link', { name: 'This week’s reading' }).click();
  await expect(page).toHaveURL(new RegExp(`/essays/${world.open}$`));
  expect((await beacon).status()).toBe(200);
  await page.goto(`/cohorts/${world.cohortId}`);
  await expect(essayRow(page, world.open).getByTestId('essay-readers')).toHaveText('Read by 2 of 4 members');
});

test('the owner also sees the draft, marked as one', async ({ page }) => {
  await signIn(page, DEMO_USERS.owner.email);
  await page.goto(`/cohorts/${world.cohortId}`);
  await expect(page.getByTestId('cohort-essay')).toHaveCount(4);
  await expect(essayRow(page, world.draft).getByTestId('essay-status')).toHaveText('Draft');
});
