import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { dragSelect, essayPath, saveNote, spanOf, threadOf } from '../annotate/helpers';
import { signIn } from '../support/sign-in';

// A pasted address with no break in it used to run 415 px out of a 292 px sidebar column.
const LONG_LINK = `https://example.org/${'a'.repeat(400)}`;

test('one long unbroken link in a note wraps inside its column', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(essayPath);
  const span = spanOf(20, 'Middle East');
  await dragSelect(page, { claim: 20, offset: span.start }, { claim: 20, offset: span.end });
  await page.getByRole('button', { name: 'Annotate' }).click();
  const note = await saveNote(page, LONG_LINK);

  const thread = threadOf(page, note.id);
  const body = thread.getByTestId('annotation-body');
  await expect(body).toContainText(LONG_LINK);
  const threadBox = await thread.boundingBox();
  const bodyBox = await body.boundingBox();
  expect(threadBox && bodyBox && bodyBox.x + bodyBox.width <= threadBox.x + threadBox.width).toBe(true);
  // Nothing inside the body is wider than the body itself (no horizontal overflow).
  expect(await body.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
});
