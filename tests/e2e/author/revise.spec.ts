import { expect, test, type Page } from '@playwright/test';
import { claims } from '../annotate/helpers';
import { claimIdAt, essayPath } from '../debate/helpers';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { DEMO_RESPONSES } from '../../../prisma/demo/alliances-responses';
import { signIn } from '../support/sign-in';

// The 20th claim: other specs work on claims 0–14 and 26.
const INDEX = 19;
const original = claims[INDEX]!.text;
const revised = 'BRICS+ has evolved into a broad political club whose security aspirations remain rhetorical.';
const deskPath = `${essayPath}/author`;
// The demo essay starts at revision 1 plus one for each claim its author has already reworded.
const NEXT_REVISION = 1 + DEMO_RESPONSES.filter((r) => r.revision).length + 1;
const responsesPath = `${essayPath}/responses`;

test('a member rebuts a claim, the author revises it from the desk, the member sees the diff and accepts', async ({ browser }) => {
  // Two people in two browsers, each signing in through the form: longer than one page's test.
  test.setTimeout(90_000);
  expect(original).toBe('BRICS+ has evolved into a broad political club with its security aspirations still rhetorical.');
  const stamp = Date.now().toString(36);
  const rebuttal = `BRICS+ members have run joint security exercises (${stamp}).`;
  const answer = `Fair point: the aspirations are more than words for some members (${stamp}).`;
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [member, author] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page];
  let claimId = '';
  let rebuttalId = '';
  try {
    // The member rebuts the claim through the API, signed in.
    await signIn(member, DEMO_USERS.member.email);
    claimId = await claimIdAt(member, INDEX);
    // The Origin a browser would send: cookie writes without one are refused as possible CSRF.
    const posted = await member.request.post(`/api/essays/so-many-alliances/arguments`, {
      headers: { origin: new URL(member.url()).origin },
      data: { target: { type: 'claim', id: claimId }, stance: 'ATTACK', attackKind: 'REBUT', text: rebuttal },
    });
    expect(posted.status()).toBe(201);
    rebuttalId = ((await posted.json()) as { argument: { id: string } }).argument.id;

    // The author finds it on the desk, open, with the claim it is about and who raised it.
    await signIn(author, DEMO_USERS.author.email);
    await author.goto(deskPath);
    await expect(author.getByRole('heading', { level: 1, name: 'Critique desk' })).toBeVisible();
    const critique = author.locator(`[data-testid="critique"][data-critique-id="${rebuttalId}"]`);
    await expect(critique).toContainText(rebuttal);
    await expect(critique.getByTestId('critique-type')).toHaveText('Rebuttal argument');
    await expect(critique.getByTestId('critique-status')).toHaveText('Open');
    await expect(critique).toContainText(`by ${DEMO_USERS.member.name}`);
    await expect(critique.getByTestId('critique-context')).toHaveText(original);
    await expect(critique).toContainText(`About claim ${INDEX + 1}`);
    const ledgerEntry = author.locator(`[data-testid="claim-ledger-entry"][data-claim-id="${claimId}"]`);
    await expect(ledgerEntry).toContainText(`Claim ${INDEX + 1}`);
    await expect(ledgerEntry.getByTestId('claim-ledger-open')).toHaveText('1 open');

    // "Revised" offers the claim's current wording to edit.
    await critique.getByRole('button', { name: 'Respond' }).click();
    const form = critique.getByRole('form', { name: 'Respond to this critique' });
    await form.getByLabel('Status').selectOption({ label: 'Revised' });
    const wording = form.getByLabel(`Revised wording of claim ${INDEX + 1}`);
    await expect(wording).toHaveValue(original);
    await expect(form.getByRole('button', { name: 'Post response' })).toBeDisabled();
    await wording.fill(revised);
    await form.getByLabel(/^Response/).fill(answer);
    await form.getByRole('button', { name: 'Post response' }).click();
    await expect(critique.getByRole('status')).toHaveText(`Response posted. The essay is now at revision ${NEXT_REVISION}.`);
    await expect(critique).toHaveAttribute('data-status', 'answered');
    const deskResponse = critique.getByTestId('desk-response');
    await expect(deskResponse).toContainText(answer);
    await expect(deskResponse.getByTestId('author-badge')).toHaveText('Author');
    await expect(deskResponse.getByTestId('response-status')).toHaveText('Revised');
    await expect(deskResponse.getByTestId('revision')).toContainText(`Revision ${NEXT_REVISION}`);
    await expect(ledgerEntry).toHaveCount(0);

    // The essay now reads the new wording, at the next revision.
    await author.goto(essayPath);
    await expect(author.getByTestId('claim').nth(INDEX)).toHaveText(revised);
    await expect(author.locator('#essay-title').locator('xpath=..')).toContainText(`Revision ${NEXT_REVISION}`);

    // The critic sees the response with the Author badge and the words it changed, and accepts.
    await member.goto(responsesPath);
    const response = member.getByTestId('author-response').filter({ hasText: answer });
    await expect(response.getByTestId('author-badge')).toHaveText('Author');
    await expect(response.getByTestId('response-status')).toHaveText('Revised');
    await expect(response.getByTestId('answered-critique')).toHaveText(rebuttal);
    await expect(response).toContainText('In answer to your argument');
    await expect(response.getByTestId('revision')).toContainText(`Revision ${NEXT_REVISION}`);
    await expect(response.locator('del')).toContainText(['with its', 'still']);
    await expect(response.locator('ins')).toContainText(['whose', 'remain']);
    await expect(response.getByTestId('response-state')).toHaveText(/Open$/);
    await response.getByRole('button', { name: 'Accept' }).click();
    await expect(response.getByTestId('response-state')).toHaveText(/Accepted$/);
    await expect(response.getByRole('button', { name: 'Accept' })).toBeDisabled();
    await expect(response.getByRole('button', { name: 'Reopen' })).toBeEnabled();

    // Back on the desk the critique is accepted, not open.
    await author.goto(deskPath);
    await expect(critique).toHaveAttribute('data-status', 'accepted');
    await expect(critique.getByTestId('critique-status')).toHaveText('Accepted');
    await expect(critique.getByTestId('response-state')).toHaveText(/Accepted$/);
    await expect(ledgerEntry).toHaveCount(0);
  } finally {
    // The suite shares one database and tests/e2e/ui expects every claim in the demo file's
    // wording: if the claim changed, the author puts it back (one more revision) before anyone else reads.
    if (rebuttalId) await restoreClaim(author, rebuttalId, claimId);
    await Promise.all(contexts.map((c) => c.close()));
  }
});

async function restoreClaim(author: Page, rebuttalId: string, claimId: string): Promise<void> {
  await author.goto(essayPath);
  if ((await author.getByTestId('claim').nth(INDEX).textContent()) === original) return;
  const restored = await author.request.post(`/api/essays/so-many-alliances/responses`, {
    headers: { origin: new URL(author.url()).origin },
    data: {
      critique: { type: 'argument', id: rebuttalId },
      status: 'REVISED',
      body: 'Restoring the original wording.',
      revision: { claimId, text: original },
    },
  });
  expect(restored.status()).toBe(201);
}

test('the desk is the author’s alone: a member gets a 404, like for a missing essay', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const response = await page.goto(deskPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('the facilitator view is for moderators: a member gets a 404, the moderator sees it', async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [member, moderator] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page];
  try {
    await signIn(member, DEMO_USERS.member.email);
    expect((await member.goto(`${essayPath}/facilitator`))?.status()).toBe(404);
    await expect(member.getByRole('heading', { name: 'Not found' })).toBeVisible();

    await signIn(moderator, DEMO_USERS.moderator.email);
    expect((await moderator.goto(`${essayPath}/facilitator`))?.status()).toBe(200);
    await expect(moderator.getByRole('heading', { level: 1, name: 'Facilitator view' })).toBeVisible();
    await expect(moderator.getByRole('heading', { name: /^Critiques unanswered for more than 7 days/ })).toBeVisible();
    await expect(moderator.getByRole('heading', { name: /^Claims nobody has critiqued/ })).toBeVisible();
    await expect(moderator.getByRole('heading', { name: /^Sections nobody has annotated/ })).toBeVisible();
    // One row per cohort member, with their counts.
    const table = moderator.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Member', 'Role', 'Annotations', 'Ratings', 'Arguments']);
    await expect(table.getByRole('row').filter({ hasText: DEMO_USERS.member.name })).toHaveCount(1);
    await expect(table.getByRole('row').filter({ hasText: DEMO_USERS.moderator.name })).toContainText('Moderator');

    // The threshold is a plain form: it lands in the address.
    await moderator.getByLabel('Unanswered for more than (days)').fill('0');
    await moderator.getByRole('button', { name: 'Show' }).click();
    await expect(moderator).toHaveURL(/\/facilitator\?days=0$/);
    await expect(moderator.getByRole('heading', { name: /^Critiques unanswered for more than 0 days/ })).toBeVisible();
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
