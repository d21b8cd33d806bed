import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { claims, dragSelect, essayPath, highlightsOf, saveNote, spanOf, threadOf, waitForNotes } from './helpers';

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(essayPath);
});

test('a reader selects words inside a sentence and comments on them', async ({ page }) => {
  // Writes a note, reloads, then opens it from its highlight and from the list: four page states in
  // one test, 15 s on a quiet machine and 36 s on a loaded 2-core one.
  test.setTimeout(60_000);
  // From the sentence's very first letter: a press there must still start a selection.
  const span = spanOf(2, 'Trust among states');
  const badge = page.getByTestId('claim').nth(2).locator('xpath=following-sibling::*[1]');
  await expect(badge).toHaveAttribute('data-testid', 'claim-badges');
  const before = Number(await badge.getAttribute('data-annotations'));

  await dragSelect(page, { claim: 2, offset: span.start }, { claim: 2, offset: span.end });
  await page.getByRole('button', { name: 'Annotate' }).click();
  const composer = page.getByRole('dialog', { name: 'Annotate' });
  await expect(composer.getByTestId('composer-quote')).toHaveText('Trust among states');
  await expect(composer.getByLabel(/^Note/)).toBeFocused();
  const note = await saveNote(page, 'Which states, though? **Trust** is not uniform.');

  expect(note.start).toBe(claims[2]!.start + span.start);
  expect(note.end).toBe(claims[2]!.start + span.end);
  await expect(highlightsOf(page, note)).toHaveText(['Trust among states']);
  await expect(highlightsOf(page, note)).toHaveAttribute('data-density', '1');
  // The sentence still reads exactly as before: highlights add no text.
  await expect(page.getByTestId('claim').nth(2)).toHaveText(claims[2]!.text);
  const thread = threadOf(page, note.id);
  await expect(thread.getByTestId('thread-quote')).toHaveText('Trust among states');
  await expect(thread.getByTestId('annotation-body')).toHaveText('Which states, though? Trust is not uniform.');
  await expect(thread.getByTestId('note-author')).toHaveText(DEMO_USERS.member.name);
  await expect(thread.getByTestId('note-motivation')).toHaveText('Comment');

  await page.reload();
  await expect(badge).toHaveAttribute('data-annotations', String(before + 1));
  await expect(highlightsOf(page, note)).toHaveText(['Trust among states']);
  await waitForNotes(page);

  // Its author edits it from the Markdown they wrote, which the thread brings along after the
  // reload (only one's own notes come with their source).
  await threadOf(page, note.id).getByTestId('annotation-note').first().getByRole('button', { name: 'Edit' }).click();
  await expect(threadOf(page, note.id).getByLabel(/^Edit note/)).toHaveValue('Which states, though? **Trust** is not uniform.');
  await threadOf(page, note.id).getByRole('button', { name: 'Cancel' }).click();

  // Clicking the highlight lists the notes there (and opens its sentence), the one on top focused;
  // clicking the thread flashes the highlight.
  await highlightsOf(page, note).click();
  await expect(page.getByTestId('thread-scope')).toContainText('Notes here');
  await expect(threadOf(page, note.id)).toHaveAttribute('aria-current', 'true');
  await expect(threadOf(page, note.id)).toBeFocused();
  await expect(page.getByTestId('claim-panel-text')).toHaveText(claims[2]!.text);
  await threadOf(page, note.id).getByTestId('thread-quote').click();
  await expect(highlightsOf(page, note)).toHaveAttribute('data-flash', 'true');
});

test('a selection across two sentences, dragged backwards, is one note over both', async ({ page }) => {
  const from = spanOf(3, 'umbrellas');
  const to = spanOf(4, 'However, the paradox');
  await dragSelect(page, { claim: 3, offset: from.start }, { claim: 4, offset: to.end }, { isBackward: true });
  await page.getByRole('button', { name: 'Annotate' }).click();
  const quote = 'umbrellas can be stitched together. However, the paradox';
  await expect(page.getByTestId('composer-quote')).toHaveText(quote);
  const note = await saveNote(page, 'A paradox only if alliances were meant to bring peace.');

  const claimIds = await page
    .getByTestId('claim')
    .evaluateAll((all) => [all[3]?.getAttribute('data-claim-id'), all[4]?.getAttribute('data-claim-id')]);
  expect(note.claimIds.sort()).toEqual(claimIds.sort());
  await expect(highlightsOf(page, note)).toHaveText(['umbrellas can be stitched together.', 'However, the paradox']);
  await expect(threadOf(page, note.id).getByTestId('thread-quote')).toHaveText(quote);
});

test('a selection made with the keyboard opens the composer with "a"; Escape closes it', async ({ page }) => {
  const claim = page.getByTestId('claim').nth(6);
  await claim.focus();
  for (let i = 0; i < 'Alliances'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('button', { name: 'Annotate' })).toBeVisible();
  await page.keyboard.press('a');
  const composer = page.getByRole('dialog', { name: 'Annotate' });
  await expect(composer.getByTestId('composer-quote')).toHaveText('Alliances');
  await expect(composer.getByLabel(/^Note/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();
  await expect(claim).toBeFocused();
});

test('an empty comment is refused with the server’s message and nothing is added', async ({ page }) => {
  await waitForNotes(page);
  const threads = page.getByTestId('annotation-thread');
  const highlights = page.getByTestId('highlight');
  const threadCount = await threads.count();
  const highlightCount = await highlights.count();

  const span = spanOf(14, 'inevitably fragile');
  await dragSelect(page, { claim: 14, offset: span.start }, { claim: 14, offset: span.end });
  await page.getByRole('button', { name: 'Annotate' }).click();
  const composer = page.getByRole('dialog', { name: 'Annotate' });
  const refused = page.waitForResponse((r) => r.url().endsWith('/annotations') && r.request().method() === 'POST');
  await composer.getByRole('button', { name: 'Save' }).click();
  expect((await refused).status()).toBe(400);
  await expect(composer.getByTestId('composer-error')).toContainText('Write something: an empty note says nothing.');
  await expect(composer).toBeVisible();
  await expect(threads).toHaveCount(threadCount);
  await expect(highlights).toHaveCount(highlightCount);

  await page.keyboard.press('Escape');
  await page.reload();
  await waitForNotes(page);
  await expect(threads).toHaveCount(threadCount);
});
