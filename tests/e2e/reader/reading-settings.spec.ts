// Issue 12, reading settings in the browser: an owner closes a discussion from the facilitator
// view and a member who has the essay open sees "Closed" and loses the composer without reloading;
// on an essay with "post before you see", a member sees the notice and an empty margin, posts
// their first note, and then reads the note another member wrote before them.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { dragSelect, saveNote, waitForNotes, waitUntilLive } from '../annotate/helpers';
import { signIn } from '../support/sign-in';

let slugs: { open: string; openClaimId: string; gated: string };

test.beforeAll(() => {
  const output = execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/reader/plant-reading-settings.ts'],
    {
      env: process.env,
      encoding: 'utf8',
    },
  );
  slugs = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as typeof slugs;
});

test('an owner closes the discussion: a member reading it sees "Closed" and no composer', async ({ browser }) => {
  test.setTimeout(90_000);
  const ownerContext = await browser.newContext();
  const memberContext = await browser.newContext();
  try {
    const owner = await ownerContext.newPage();
    const member = await memberContext.newPage();
    await signIn(owner, DEMO_USERS.owner.email);
    await signIn(member, DEMO_USERS.member.email);
    await member.goto(`/essays/${slugs.open}`);
    await expect(member.getByTestId('discussion-status')).toContainText('Open for discussion');
    await waitUntilLive(member);
    await dragSelect(member, { claim: 0, offset: 0 }, { claim: 0, offset: 9 });
    await expect(member.getByTestId('annotate-button')).toBeVisible();

    await owner.goto(`/essays/${slugs.open}/facilitator`);
    const settings = owner.getByRole('form', { name: 'Reading settings' });
    await settings.getByRole('radio', { name: /^Closed/ }).check();
    await settings.getByRole('button', { name: 'Save reading settings' }).click();
    await expect(settings.getByRole('status')).toHaveText('Saved. Open readers reload with the new settings.');

    // The member's open page learns of it from the live stream.
    await expect(member.getByTestId('discussion-status')).toContainText('Closed');
    await dragSelect(member, { claim: 0, offset: 0 }, { claim: 0, offset: 9 });
    await expect(member.getByTestId('annotate-button')).toHaveCount(0);
    // Notes stay readable, without Reply, and others' notes can still be flagged.
    await waitForNotes(member);
    const closedNote = member.getByTestId('annotation-note').filter({ hasText: 'Ada wrote on the open essay.' });
    await expect(closedNote.getByRole('button', { name: 'Flag' })).toBeVisible();
    await expect(closedNote.getByRole('button', { name: 'Reply' })).toHaveCount(0);
    // And the server says no to a write that tries anyway.
    const refused = await member.request.post(`/api/essays/${slugs.open}/arguments`, {
      headers: { Origin: new URL(member.url()).origin },
      data: { target: { type: 'claim', id: slugs.openClaimId }, stance: 'SUPPORT', text: 'Too late.' },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({ error: 'Discussion on this essay is closed: you can still read and export it.' });
  } finally {
    await ownerContext.close();
    await memberContext.close();
  }
});

test('post before you see: the member sees the notice, posts a first note, then reads the others', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(`/essays/${slugs.gated}`);
  await expect(page.getByTestId('post-before-see-notice')).toHaveText(
    "Post your first note to see the cohort's notes and arguments on this essay.",
  );
  await waitForNotes(page);
  await expect(page.getByTestId('annotation-sidebar')).not.toContainText('Ada wrote this before anyone else.');
  await expect(page.getByTestId('highlight')).toHaveCount(0);

  await dragSelect(page, { claim: 0, offset: 0 }, { claim: 0, offset: 9 });
  await page.getByRole('button', { name: 'Annotate' }).click();
  await saveNote(page, 'My own first reading.');

  await expect(page.getByTestId('post-before-see-notice')).toHaveCount(0);
  await expect(page.getByTestId('annotation-sidebar')).toContainText('Ada wrote this before anyone else.');
  await expect(page.getByTestId('annotation-sidebar')).toContainText('My own first reading.');
});
