// The whole week-one story of issue 12 in one run: an owner creates a cohort, adds a web article
// served by a local test server, fixes a claim boundary in the preview, invites the author,
// publishes, invites a member, and the member reads the essay as the owner left it.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startArticleServer } from '../../support/article-server';

const stamp = Date.now().toString(36);

async function signUp(page: Page, name: string, callbackUrl = '/') {
  await page.goto(`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase().replace(/\W+/g, '-')}-${stamp}@example.test`);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(name);
}

async function newPages(browser: Browser, count: number) {
  const contexts = await Promise.all(Array.from({ length: count }, () => browser.newContext()));
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  return { pages, close: () => Promise.all(contexts.map((c) => c.close())) };
}

// The first two sentences of tests/fixtures/articles/op-ed.html, as a reader sees them there.
const FIRST = 'Every city that has promised its residents cheap water has eventually had to choose between the price and the pipes.';
const SECOND = 'The price is visible on every bill, while the pipes are buried under the road.';

test('an owner runs a new reading from a web article to a member reading it', async ({ browser }) => {
  test.setTimeout(180_000);
  const server = await startArticleServer();
  const { pages, close } = await newPages(browser, 3);
  const [owner, author, member] = pages as [Page, Page, Page];
  try {
    // The owner signs up and creates a cohort.
    await signUp(owner, `Olu Owner ${stamp}`);
    await owner.goto('/cohorts');
    await owner.getByLabel('Name', { exact: true }).fill(`Water readers ${stamp}`);
    await owner.getByRole('button', { name: 'Create cohort' }).click();
    await expect(owner).toHaveURL(/\/cohorts\/[^/]+$/);
    const cohortUrl = owner.url();

    // Adds the article by its address; the preview opens on the parsed draft.
    const form = owner.getByTestId('add-essay-form');
    await form.getByText('Web address').click();
    await form.getByLabel('Address of the article').fill(`http://127.0.0.1:${server.port}/2026/10/cheap-water/`);
    await form.getByRole('button', { name: 'Add as draft' }).click();
    await expect(owner).toHaveURL(/\/essays\/[a-z0-9-]+\/draft$/);
    const slug = /\/essays\/([a-z0-9-]+)\/draft$/.exec(owner.url())![1]!;
    await expect(owner.getByTestId('draft-title')).toHaveText('The Quiet Cost of Cheap Water');
    const claims = owner.getByTestId('draft-claim').getByTestId('claim-text');
    await expect(claims.nth(0)).toHaveText(FIRST);
    await expect(claims.nth(1)).toHaveText(SECOND);

    // The splitter made two claims of what the cohort will argue about as one: merge them.
    await owner.getByRole('button', { name: 'Merge claims 1 and 2' }).click();
    await expect(claims.nth(0)).toHaveText(`${FIRST} ${SECOND}`);

    // The author's invite link, made on the preview; the author signs up with it and joins.
    await owner.getByRole('button', { name: 'Create an author invite link' }).click();
    const authorJoin = new URL((await owner.getByTestId('author-invite-link').textContent()) ?? '').pathname;
    await signUp(author, `Meera Author ${stamp}`, authorJoin);
    await author.waitForURL(`**${authorJoin}`);
    await author.getByRole('button', { name: 'Join' }).click();
    await author.waitForURL(`**${new URL(cohortUrl).pathname}`);

    // Publish.
    await owner.getByRole('button', { name: 'Publish to the cohort' }).click();
    await owner.waitForURL(`**/essays/${slug}`);

    // A member invite from the cohort page; the member signs up, joins and reads the essay.
    await owner.goto(cohortUrl);
    const panel = owner.getByTestId('invite-panel');
    await panel.getByLabel('Role', { exact: true }).selectOption('MEMBER');
    await panel.getByRole('button', { name: 'Create invite link' }).click();
    const memberJoin = new URL(await panel.getByTestId('invite-link').inputValue()).pathname;
    await signUp(member, `Mani Member ${stamp}`, memberJoin);
    await member.waitForURL(`**${memberJoin}`);
    await member.getByRole('button', { name: 'Join', exact: true }).click();
    await member.waitForURL(`**${new URL(cohortUrl).pathname}`);
    const row = member.locator(`[data-testid="cohort-essay"][data-essay="${slug}"]`);
    await expect(row.getByTestId('essay-status')).toHaveText('Open');
    await row.getByRole('link', { name: 'The Quiet Cost of Cheap Water' }).click();
    await member.waitForURL(`**/essays/${slug}`);
    await expect(member.getByRole('heading', { level: 1 })).toHaveText('The Quiet Cost of Cheap Water');
    await expect(member.getByTestId('claim').first()).toHaveText(`${FIRST} ${SECOND}`);

    // The author has the essay's critique desk.
    await author.goto(`/essays/${slug}`);
    await author.getByRole('link', { name: 'Your critique desk' }).click();
    await expect(author.getByRole('heading', { level: 1, name: 'Critique desk' })).toBeVisible();
  } finally {
    await close();
    await server.close();
  }
});
