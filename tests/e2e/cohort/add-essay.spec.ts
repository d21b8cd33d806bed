import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { startArticleServer } from '../../support/article-server';
import { signIn } from '../support/sign-in';

const DOCX = path.resolve(import.meta.dirname, '../../fixtures/essays/libraries.docx');

async function newOwnerWithCohort(page: Page): Promise<string> {
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Iris Importer');
  await page.getByLabel('Email').fill(`importer-${Date.now()}@example.test`);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Iris Importer');
  await page.goto('/cohorts');
  await page.getByLabel('Name', { exact: true }).fill('Weekly readers');
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page).toHaveURL(/\/cohorts\/[^/]+$/);
  return page.url();
}

/** Adds the essay, checks the draft preview it opens, and returns the draft's slug. */
async function addAsDraft(page: Page, expected: { title: string; author: string }): Promise<string> {
  await page.getByRole('button', { name: 'Add as draft' }).click();
  await expect(page).toHaveURL(/\/essays\/[a-z0-9-]+\/draft$/);
  await expect(page.getByTestId('draft-title')).toHaveText(expected.title);
  await expect(page.getByTestId('draft-author')).toHaveText(expected.author);
  return /\/essays\/([a-z0-9-]+)\/draft$/.exec(page.url())![1]!;
}

test('an owner adds essays as drafts by pasting Markdown and by uploading a .docx', async ({ page }) => {
  const cohortUrl = await newOwnerWithCohort(page);
  const form = page.getByTestId('add-essay-form');
  await expect(form.getByRole('heading', { name: 'Add an essay' })).toBeVisible();

  // A paste with no by-line and no author given is refused in place, with what to do.
  await form.getByLabel('Text or Markdown').fill('Peace is hard to keep. Wars are easy to start.');
  await form.getByRole('button', { name: 'Add as draft' }).click();
  await expect(form.getByTestId('form-error')).toContainText('fill in the Author field');

  await form
    .getByLabel('Text or Markdown')
    .fill(
      '# Tools, Not Just Books\n\n*By Priya Natarajan*\n\nLibraries lend books. They could lend drills.\n\n## Why\n\nA drill is used for minutes in its life.\n',
    );
  const pasted = await addAsDraft(page, { title: 'Tools, Not Just Books', author: 'Priya Natarajan' });

  await page.goto(cohortUrl);
  await form.getByText('Upload a file').click();
  await form.getByLabel(/^File/).setInputFiles(DOCX);
  await form.getByLabel(/^Title/).fill('Lend Tools Too');
  const uploaded = await addAsDraft(page, { title: 'Lend Tools Too', author: 'Priya Natarajan' });

  // Both are on the cohort's page for its staff, marked as drafts.
  await page.goto(cohortUrl);
  for (const [slug, title] of [
    [pasted, 'Tools, Not Just Books'],
    [uploaded, 'Lend Tools Too'],
  ] as const) {
    const row = page.locator(`[data-testid="cohort-essay"][data-essay="${slug}"]`);
    await expect(row).toContainText(title);
    await expect(row.getByTestId('essay-status')).toHaveText('Draft');
  }
});

test('an owner adds a web article by its address; a page that is not an article is refused', async ({ page }) => {
  const server = await startArticleServer();
  try {
    const cohortUrl = await newOwnerWithCohort(page);
    const form = page.getByTestId('add-essay-form');
    await form.getByText('Web address').click();
    await form.getByLabel('Address of the article').fill(`http://127.0.0.1:${server.port}/home`);
    await form.getByRole('button', { name: 'Add as draft' }).click();
    await expect(form.getByTestId('form-error')).toContainText('No article was found on that page');

    await form.getByLabel('Address of the article').fill(`http://127.0.0.1:${server.port}/2026/10/cheap-water/`);
    const slug = await addAsDraft(page, { title: 'The Quiet Cost of Cheap Water', author: 'Meera Raghunathan' });
    await page.goto(cohortUrl);
    const row = page.locator(`[data-testid="cohort-essay"][data-essay="${slug}"]`);
    await expect(row).toContainText('The Quiet Cost of Cheap Water');
    await expect(row.getByTestId('essay-status')).toHaveText('Draft');
  } finally {
    await server.close();
  }
});

test('a member does not see the form', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto('/cohorts');
  await page
    .getByRole('link', { name: /DFPGYF Fellowship/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/cohorts\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Members', exact: false })).toBeVisible();
  await expect(page.getByTestId('add-essay-form')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Add an essay' })).toHaveCount(0);
});
