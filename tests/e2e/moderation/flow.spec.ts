import { expect, test, type Page } from '@playwright/test';
import { DEMO_COHORT, DEMO_USERS } from '../../../prisma/demo-data';
import { dragSelect, essayPath, openNotesAt, saveNote, spanOf, threadOf } from '../annotate/helpers';
import { signIn } from '../support/sign-in';

/** Opens the demo cohort from "Your cohorts", as a member would, and returns its id. */
async function openDemoCohort(page: Page): Promise<string> {
  await page.goto('/cohorts');
  await page.getByRole('link', { name: DEMO_COHORT.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_COHORT.name })).toBeVisible();
  const id = /\/cohorts\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`not on a cohort page: ${page.url()}`);
  return id;
}

test('invite → join → annotate → flag → hide with a reason → placeholder, notification, ledger → one appeal', async ({ browser }) => {
  // Five people in four browsers, each signing in through the form: longer than one page's test.
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext(), browser.newContext()]);
  const [owner, newcomer, member, moderator] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page, Page, Page];
  try {
    // The owner makes a one-use invite link on the cohort page.
    await signIn(owner, DEMO_USERS.owner.email);
    const cohortId = await openDemoCohort(owner);
    const panel = owner.getByTestId('invite-panel');
    await panel.getByLabel('Role', { exact: true }).selectOption('MEMBER');
    await panel.getByLabel('Expires after (days)').fill('7');
    await panel.getByLabel(/^Use limit/).fill('1');
    await panel.getByRole('button', { name: 'Create invite link' }).click();
    const linkField = panel.getByTestId('invite-link');
    await expect(linkField).toHaveValue(/^http:\/\/localhost:\d+\/join\/[A-Za-z0-9_-]{8,}$/);
    const link = await linkField.inputValue();
    const code = link.split('/join/')[1]!;
    await expect(panel.locator(`[data-testid="invite"][data-code="${code}"]`)).toContainText('used 0 of 1');

    // Someone new signs up, opens the link and joins.
    await newcomer.goto('/signup');
    await newcomer.getByLabel('Name').fill(`Nia Newcomer ${stamp}`);
    await newcomer.getByLabel('Email').fill(`newcomer-${stamp}@example.test`);
    await newcomer.getByLabel('Password').fill('a-long-enough-password');
    await newcomer.getByRole('button', { name: 'Create account' }).click();
    await expect(newcomer.getByTestId('signed-in-as')).toHaveText(`Nia Newcomer ${stamp}`);
    await newcomer.goto(link);
    await expect(newcomer.getByRole('heading', { name: 'Join this cohort' })).toBeVisible();
    await newcomer.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(newcomer).toHaveURL(new RegExp(`/cohorts/${cohortId}$`));
    await expect(newcomer.getByRole('heading', { level: 1, name: DEMO_COHORT.name })).toBeVisible();
    await expect(newcomer.getByTestId('member').filter({ hasText: `Nia Newcomer ${stamp}` })).toContainText('(you)');
    // Opening the link again is refused in place.
    await newcomer.goto(link);
    await newcomer.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(newcomer.getByTestId('form-error')).toHaveText('You are already a member of this cohort.');

    // The new member annotates a claim of the demo essay.
    await newcomer.goto(essayPath);
    const span = spanOf(26, 'another bloc');
    await dragSelect(newcomer, { claim: 26, offset: span.start }, { claim: 26, offset: span.end });
    await newcomer.getByRole('button', { name: 'Annotate' }).click();
    const body = `Blocs are not destiny (${stamp}).`;
    const note = await saveNote(newcomer, body);
    await expect(threadOf(newcomer, note.id).getByRole('button', { name: 'Flag' })).toHaveCount(0);

    // The demo member flags it.
    await signIn(member, DEMO_USERS.member.email);
    await member.goto(essayPath);
    await openNotesAt(member, note);
    const flagged = threadOf(member, note.id).getByTestId('annotation-note').first();
    await expect(flagged.getByTestId('annotation-body')).toHaveText(body);
    await flagged.getByRole('button', { name: 'Flag' }).click();
    await flagged.getByLabel('Reason').selectOption('OFF_TOPIC');
    await flagged.getByLabel(/^Note for the moderators/).fill('Not about this sentence.');
    await flagged.getByRole('button', { name: 'Send flag' }).click();
    await expect(flagged.getByTestId('note-flagged')).toHaveText('Flagged — moderators will review it');
    await expect(flagged.getByRole('button', { name: 'Flag' })).toHaveCount(0);

    // The moderator finds it in the queue and hides it with a reason.
    await signIn(moderator, DEMO_USERS.moderator.email);
    await moderator.goto(`/cohorts/${cohortId}/moderation`);
    const card = moderator.locator(`[data-testid="flag-card"][data-target-id="${note.id}"]`);
    await expect(card.getByTestId('flagged-content')).toHaveText(body);
    await expect(card).toContainText(`flagged by ${DEMO_USERS.member.name}`);
    await expect(card.getByTestId('flag-reason')).toHaveText('Off-topic');
    await expect(card).toContainText('Not about this sentence.');
    await card.getByRole('button', { name: 'Hide…' }).click();
    const hide = card.getByRole('button', { name: 'Hide', exact: true });
    const reason = `Off-topic here: keep notes to the sentence they quote (${stamp}).`;
    await card.getByLabel(/^Reason/).fill('ok');
    await expect(hide).toBeDisabled();
    await card.getByLabel(/^Reason/).fill(reason);
    await hide.click();
    await expect(moderator.getByTestId('queue-status')).toHaveText('Hidden — recorded in the ledger with your reason.');
    await expect(card).toHaveCount(0);

    // The author sees the placeholder, a notification, and the ledger entry with the reason.
    await newcomer.goto(essayPath);
    await openNotesAt(newcomer, note);
    await expect(threadOf(newcomer, note.id).getByTestId('note-hidden')).toContainText('[hidden by a moderator');
    await expect(threadOf(newcomer, note.id).getByTestId('annotation-body')).toHaveCount(0);
    await expect(newcomer.getByRole('link', { name: 'Notifications (1 unread)' })).toBeVisible();
    await newcomer.getByRole('link', { name: 'Notifications (1 unread)' }).click();
    const notice = newcomer.getByTestId('notification').filter({ hasText: reason });
    await expect(notice).toHaveAttribute('data-unread', 'true');
    await notice.getByRole('link').click();
    await expect(newcomer).toHaveURL(new RegExp(`/cohorts/${cohortId}/ledger#`));
    const entry = newcomer.getByTestId('ledger-entry').filter({ hasText: reason });
    await expect(entry.getByTestId('ledger-reason')).toHaveText(reason);
    await expect(entry).toContainText(`${DEMO_USERS.moderator.name} Hid`);
    await expect(entry).toContainText('about you');
    const actionId = await entry.getAttribute('id');
    expect(new URL(newcomer.url()).hash).toBe(`#${actionId}`);

    // One appeal: it shows as filed, the form is gone, and a second one is refused.
    await entry.getByRole('textbox', { name: /^Appeal/ }).fill('It answers the sentence: blocs invite blocs.');
    await entry.getByRole('button', { name: 'File appeal' }).click();
    await expect(entry.getByTestId('appeal-status')).toContainText('Appeal filed — waiting for a moderator');
    await expect(entry.getByTestId('appeal-status')).toContainText('It answers the sentence: blocs invite blocs.');
    await expect(entry.getByTestId('appeal-form')).toHaveCount(0);
    // The Origin a browser would send: cookie writes without one are refused as possible CSRF.
    const again = await newcomer.request.post(`/api/moderation/${actionId}/appeal`, {
      headers: { origin: new URL(newcomer.url()).origin },
      data: { text: 'Once more, with feeling, please.' },
    });
    expect(again.status()).toBe(409);
    expect(await again.json()).toEqual({ error: 'You already appealed this action; a moderator will decide.' });

    // Everyone else reads the same entry, without an appeal form.
    await member.goto(`/cohorts/${cohortId}/ledger`);
    const seenByMember = member.getByTestId('ledger-entry').filter({ hasText: reason });
    await expect(seenByMember.getByTestId('appeal-status')).toContainText('Appeal filed');
    await expect(seenByMember).not.toContainText('about you');
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test('a member is refused the moderation queue and sees no staff controls', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const cohortId = await openDemoCohort(page);
  await expect(page.getByRole('link', { name: 'Ledger' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Moderation queue' })).toHaveCount(0);
  await expect(page.getByTestId('invite-panel')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Leave cohort' })).toBeVisible();

  await page.goto(`/cohorts/${cohortId}/moderation`);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByTestId('forbidden')).toContainText('Only the moderators');
  await expect(page.getByTestId('flag-card')).toHaveCount(0);
  expect((await page.request.get(`/api/cohorts/${cohortId}/flags`)).status()).toBe(403);
});

test('an outsider gets a 404 for the cohort, its queue and its ledger', async ({ page, browser }) => {
  await signIn(page, DEMO_USERS.member.email);
  const cohortId = await openDemoCohort(page);

  const outsider = await browser.newPage();
  try {
    await signIn(outsider, DEMO_USERS.outsider.email);
    await expect(outsider.getByRole('link', { name: 'Cohorts' })).toBeVisible();
    for (const path of [`/cohorts/${cohortId}`, `/cohorts/${cohortId}/moderation`, `/cohorts/${cohortId}/ledger`]) {
      expect((await outsider.goto(path))?.status()).toBe(404);
      await expect(outsider.getByRole('heading', { name: 'Not found' })).toBeVisible();
      await expect(outsider.getByText(DEMO_COHORT.name)).toHaveCount(0);
    }
  } finally {
    await outsider.close();
  }
});
