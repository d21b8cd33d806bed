// A draft from import to the cohort: staff preview it, fix the splitter's claim boundaries (merge
// two claims, split one between two words), publish it; a member gets a 404 until then and reads
// it afterwards.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

const claimTexts = (page: Page) => page.getByTestId('draft-claim').getByTestId('claim-text');

test('staff fix a draft’s claims and publish it; a member sees it only then', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Trust and alliances ${Date.now().toString(36)}`;
  const output = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/draft/plant-draft.ts', title], {
    env: process.env,
    encoding: 'utf8',
  });
  const draft = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { slug: string; cohortId: string };
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [member, staff] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page];
  try {
    // Before publishing, the member finds nothing: the essay and its preview are 404s, and the
    // cohort page does not list it.
    await signIn(member, DEMO_USERS.member.email);
    expect((await member.goto(`/essays/${draft.slug}`))?.status()).toBe(404);
    expect((await member.goto(`/essays/${draft.slug}/draft`))?.status()).toBe(404);
    await member.goto(`/cohorts/${draft.cohortId}`);
    await expect(member.getByTestId('essay-list')).toBeVisible();
    await expect(member.getByText(title)).toHaveCount(0);

    // The moderator finds the draft on the cohort page and opens its preview.
    await signIn(staff, DEMO_USERS.moderator.email);
    await staff.goto(`/cohorts/${draft.cohortId}`);
    await staff.getByRole('link', { name: title }).click();
    await expect(staff.getByTestId('draft-title')).toHaveText(title);
    await expect(staff.getByTestId('draft-author')).toHaveText('Nia Draftwright');
    await expect(claimTexts(staff)).toHaveText([
      'Alliances deter war.',
      'They also provoke rivals.',
      'Peace needs trust.',
      'Trust is slow to build.',
    ]);
    await expect(staff.getByTestId('claim-number')).toHaveText(['1.', '2.', '3.', '4.']);
    // Claims 2 and 3 are in different sections: nothing offers to merge them.
    await expect(staff.getByRole('button', { name: 'Merge claims 2 and 3' })).toHaveCount(0);

    // Merge the first two claims into one.
    await staff.getByRole('button', { name: 'Merge claims 1 and 2' }).click();
    await expect(claimTexts(staff)).toHaveText([
      'Alliances deter war. They also provoke rivals.',
      'Peace needs trust.',
      'Trust is slow to build.',
    ]);

    // Split the last claim between "is" and "slow".
    await staff.getByRole('button', { name: 'Split claim 3' }).click();
    await staff.getByRole('button', { name: 'Split claim 3 before “slow”' }).click();
    await expect(claimTexts(staff)).toHaveText([
      'Alliances deter war. They also provoke rivals.',
      'Peace needs trust.',
      'Trust is',
      'slow to build.',
    ]);
    await expect(staff.getByTestId('claim-number')).toHaveText(['1.', '2.', '3.', '4.']);

    // A title over the limit is refused with a message; a good one is saved.
    const details = staff.getByRole('form', { name: 'Draft details' });
    await details.getByLabel('Title').fill('x'.repeat(201));
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(staff.getByTestId('details-error')).toContainText('under 200 characters');
    await details.getByLabel('Title').fill(`${title} (revised)`);
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(details.getByRole('status')).toHaveText('Saved.');
    await expect(staff.getByTestId('draft-title')).toHaveText(`${title} (revised)`);

    // Publish: the moderator lands on the essay.
    await staff.getByRole('button', { name: 'Publish to the cohort' }).click();
    await staff.waitForURL(`**/essays/${draft.slug}`);
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`${title} (revised)`);

    // The member now finds it in the cohort and reads the claims as the moderator left them.
    await member.goto(`/cohorts/${draft.cohortId}`);
    await member.getByRole('link', { name: `${title} (revised)` }).click();
    await member.waitForURL(`**/essays/${draft.slug}`);
    await expect(member.getByRole('heading', { level: 1 })).toHaveText(`${title} (revised)`);
    await expect(member.getByTestId('claim')).toHaveText([
      'Alliances deter war. They also provoke rivals.',
      'Peace needs trust.',
      'Trust is',
      'slow to build.',
    ]);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
