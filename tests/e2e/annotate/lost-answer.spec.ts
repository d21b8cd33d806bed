import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import type { TAnnotationView } from '../../../lib/schemas/annotation';
import { claims, dragSelect, essayPath, highlightsOf, openNotesAt, spanOf, threadOf, waitForNotes } from './helpers';

// On a train or a flaky café network, a note can reach the server while its answer never comes
// back: the reader is told it failed and presses Save again. That must leave one note, not two.
// Works on claim 35 (index 34, "A domino effect…"), which no other spec writes to.
const BODY = 'Dominoes fall one way only; alliances can be unwound.';

test('a note whose answer was lost is saved once when the reader presses Save again', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(essayPath);
  await waitForNotes(page);

  // The first save reaches the server, which keeps the note; its answer is dropped on the way back.
  let isFirst = true;
  await page.route(/\/api\/essays\/[^/]+\/annotations$/, async (route) => {
    if (route.request().method() !== 'POST' || !isFirst) return route.fallback();
    isFirst = false;
    const reached = await route.fetch();
    expect(reached.status()).toBe(201);
    await route.abort('connectionreset');
  });

  const span = spanOf(34, 'domino effect');
  const place = { start: claims[34]!.start + span.start, end: claims[34]!.start + span.end };
  // The demo already has a note on the whole sentence: how many notes cover these words now.
  const covering = page.locator(
    `xpath=//mark[@data-testid="highlight"][number(@data-start) <= ${place.start} and number(@data-end) >= ${place.end}]`,
  );
  const before = Number(await covering.getAttribute('data-density'));
  expect(before).toBeGreaterThan(0);
  await dragSelect(page, { claim: 34, offset: span.start }, { claim: 34, offset: span.end });
  await page.getByRole('button', { name: 'Annotate' }).click();
  const composer = page.getByRole('dialog', { name: 'Annotate' });
  await composer.getByLabel(/^Note/).fill(BODY);
  await composer.getByRole('button', { name: 'Save' }).click();
  await expect(composer.getByTestId('composer-error')).toContainText('Could not reach Counterpoint');

  // The reader tries again, as the message says; the draft is still there.
  await expect(composer.getByLabel(/^Note/)).toHaveValue(BODY);
  const retried = page.waitForResponse((r) => /\/annotations$/.test(r.url()) && r.request().method() === 'POST');
  await composer.getByRole('button', { name: 'Save' }).click();
  const answer = await retried;
  expect(answer.headers()['idempotent-replayed']).toBe('true');
  await expect(composer).toBeHidden();
  const { annotation } = (await answer.json()) as { annotation: TAnnotationView };
  await expect(threadOf(page, annotation.id).getByTestId('annotation-body')).toHaveText(BODY);

  // After a reload the words carry one more note, not two, and the notes there list it once.
  await page.reload();
  await expect(highlightsOf(page, annotation)).toHaveAttribute('data-density', String(before + 1));
  await openNotesAt(page, annotation);
  await expect(page.getByTestId('annotation-body').filter({ hasText: BODY })).toHaveCount(1);
});
