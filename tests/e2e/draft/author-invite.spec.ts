// An owner invites a draft's author from its preview; the author signs up with the link, joins,
// and — once the essay is published — has its critique desk, and no other essay's. The link works
// once: someone else who follows it is told the author has already joined.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../support/sign-in';

const PASSWORD = 'author-invite-password';

async function signUp(page: Page, name: string, callbackUrl: string) {
  await page.goto(`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now().toString(36)}@example.test`);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(name);
}

test("an author invite links the new account as that essay's author, once", async ({ browser }) => {
  test.setTimeout(120_000);
  const output = execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/draft/plant-author-invite.ts', PASSWORD],
    {
      env: process.env,
      encoding: 'utf8',
    },
  );
  const world = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {
    ownerEmail: string;
    cohortId: string;
    slug: string;
    title: string;
    otherSlug: string;
  };
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [owner, author, stranger] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page, Page];
  try {
    // The owner makes the link on the draft's preview.
    await signIn(owner, world.ownerEmail, PASSWORD);
    await owner.goto(`/essays/${world.slug}/draft`);
    await owner.getByRole('button', { name: 'Create an author invite link' }).click();
    const link = (await owner.getByTestId('author-invite-link').textContent()) ?? '';
    const joinPath = new URL(link).pathname;
    expect(joinPath).toMatch(/^\/join\/[A-Za-z0-9_-]+$/);
    // The cohort page lists it with the other live invites, saying which essay it is for.
    await owner.goto(`/cohorts/${world.cohortId}`);
    await expect(owner.locator(`[data-testid="invite"][data-code="${joinPath.slice('/join/'.length)}"]`)).toContainText(
      `Author of “${world.title}”`,
    );

    // The author signs up from the link, comes back to it and joins.
    await signUp(author, 'Nia Draftwright', joinPath);
    await author.waitForURL(`**${joinPath}`);
    await author.getByRole('button', { name: 'Join' }).click();
    await author.waitForURL(`**/cohorts/${world.cohortId}`);
    // Still a draft: even its author finds nothing yet.
    expect((await author.goto(`/essays/${world.slug}`))?.status()).toBe(404);

    // The owner's preview now says the author's account is linked; the owner publishes.
    await owner.goto(`/essays/${world.slug}/draft`);
    await expect(owner.getByText('Nia Draftwright’s account is linked to this essay')).toBeVisible();
    await owner.getByRole('button', { name: 'Publish to the cohort' }).click();
    await owner.waitForURL(`**/essays/${world.slug}`);

    // The author has this essay's desk, and no other essay's.
    await author.goto(`/essays/${world.slug}`);
    await author.getByRole('link', { name: 'Your critique desk' }).click();
    await expect(author.getByRole('heading', { level: 1, name: 'Critique desk' })).toBeVisible();
    await author.goto(`/essays/${world.otherSlug}`);
    await expect(author.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(author.getByRole('link', { name: 'Your critique desk' })).toHaveCount(0);
    expect((await author.goto(`/essays/${world.otherSlug}/author`))?.status()).toBe(404);

    // Someone else following the same link is refused and joins nothing.
    await signUp(stranger, 'Sam Stranger', joinPath);
    await stranger.waitForURL(`**${joinPath}`);
    await stranger.getByRole('button', { name: 'Join' }).click();
    await expect(stranger.getByTestId('form-error')).toContainText('already joined');
    expect((await stranger.goto(`/cohorts/${world.cohortId}`))?.status()).toBe(404);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
