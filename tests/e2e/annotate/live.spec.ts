import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { dragSelect, essayPath, highlightsOf, saveNote, spanOf, threadOf, waitUntilLive } from './helpers';

test('a second reader sees a note, its reply, its edit and its deletion arrive without reloading', async ({ browser }) => {
  // Two people in two browsers, each signing in and waiting for the stream: longer than one page's test.
  test.setTimeout(60_000);
  const memberContext = await browser.newContext();
  const moderatorContext = await browser.newContext();
  try {
    const a = await memberContext.newPage();
    const b = await moderatorContext.newPage();
    await signIn(a, DEMO_USERS.member.email);
    await signIn(b, DEMO_USERS.moderator.email);
    await a.goto(essayPath);
    await b.goto(essayPath);
    await waitUntilLive(a);
    await waitUntilLive(b);
    // Anything that reloads B would defeat the point; remember this document.
    await b.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    const span = spanOf(9, 'collective defence');
    await dragSelect(a, { claim: 9, offset: span.start }, { claim: 9, offset: span.end });
    await a.getByRole('button', { name: 'Annotate' }).click();
    const note = await saveNote(a, 'Collective defence of whom, and against whom?');

    const seenByB = threadOf(b, note.id);
    await expect(seenByB.getByTestId('annotation-body')).toHaveText('Collective defence of whom, and against whom?');
    await expect(seenByB.getByTestId('note-author')).toHaveText(DEMO_USERS.member.name);
    await expect(highlightsOf(b, note)).toHaveText(['collective defence']);
    await seenByB.getByTestId('thread-quote').click();
    await expect(seenByB).toHaveAttribute('aria-current', 'true');

    const threadOfA = threadOf(a, note.id);
    const rootOfA = threadOfA.getByTestId('annotation-note').first();
    await rootOfA.getByRole('button', { name: 'Reply' }).click();
    await threadOfA.getByLabel(/^Reply/).fill('Of the members, against the ones left out.');
    await threadOfA.getByRole('button', { name: 'Post reply' }).click();
    await expect(threadOfA.getByTestId('annotation-reply')).toHaveText([/Of the members, against the ones left out\./]);
    await expect(seenByB.getByTestId('annotation-reply')).toHaveText([/Of the members, against the ones left out\./]);

    await rootOfA.getByRole('button', { name: 'Edit' }).click();
    await threadOfA.getByLabel(/^Edit note/).fill('Collective defence of whom?');
    await threadOfA.getByRole('button', { name: 'Save changes' }).click();
    await expect(rootOfA.getByTestId('note-edited')).toBeVisible();
    await expect(seenByB.getByTestId('annotation-body').first()).toHaveText('Collective defence of whom?');
    await expect(seenByB.getByTestId('annotation-note').first().getByTestId('note-edited')).toBeVisible();

    await rootOfA.getByRole('button', { name: 'Delete' }).click();
    await threadOfA.getByRole('button', { name: 'Delete note' }).click();
    await expect(rootOfA.getByTestId('note-deleted')).toHaveText('[deleted]');
    const rootOfB = seenByB.getByTestId('annotation-note').first();
    await expect(rootOfB.getByTestId('note-deleted')).toHaveText('[deleted]');
    await expect(rootOfB).toHaveAttribute('data-deleted', 'true');
    await expect(rootOfB.getByTestId('annotation-body')).toHaveCount(0);
    await expect(rootOfB).not.toContainText('Collective defence of whom?');
    // The reply stays, and the highlight of a deleted note is gone.
    await expect(seenByB.getByTestId('annotation-reply')).toHaveText([/Of the members, against the ones left out\./]);
    await expect(highlightsOf(b, note)).toHaveCount(0);

    expect(await b.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  } finally {
    await memberContext.close();
    await moderatorContext.close();
  }
});
