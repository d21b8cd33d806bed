import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_MARKDOWN_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { DEMO_ARGUMENTS } from '../../../prisma/demo/alliances-arguments';
import { DEMO_NOTES } from '../../../prisma/demo/alliances-notes';
import { DEMO_RESPONSES, DEMO_REVISION } from '../../../prisma/demo/alliances-responses';
import { DEMO_FELLOWS } from '../../../prisma/demo/people';
import { waitForNotes } from '../annotate/helpers';
import { signIn } from '../support/sign-in';

// Issue 12: a newcomer who signs in to the demo sees what Counterpoint is for — a discussion
// already under way — rather than empty states. Expectations come from the demo's data files.
const essayPath = `/essays/${DEMO_ESSAY.slug}`;
const natoNote = DEMO_NOTES.find((n) => n.key === 'nato-failed-russia')!;
const revisedAnswer = DEMO_RESPONSES.find((r) => r.status === 'REVISED')!;

test('a newcomer opens the demo essay and finds highlights, threads, an argument map and the author’s answers', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO_USERS.member.email);
  await page.getByRole('link', { name: DEMO_ESSAY.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ESSAY.title })).toBeVisible();

  // Highlights where the cohort wrote, and threads in the sidebar.
  await waitForNotes(page);
  expect(await page.getByTestId('highlight').count()).toBeGreaterThanOrEqual(25);
  await expect(page.getByTestId('annotation-thread').first()).toBeVisible();

  // A highlight opens its thread: the question, and the replies under it — one by a pseudonym.
  await page.getByTestId('highlight').filter({ hasText: natoNote.quote }).first().click();
  await expect(page.getByTestId('thread-scope')).toContainText('Notes here');
  const thread = page.getByTestId('annotation-thread').filter({ hasText: natoNote.body });
  await expect(thread.getByTestId('thread-quote')).toHaveText(natoNote.quote);
  await expect(thread.getByTestId('annotation-reply')).toHaveCount(natoNote.replies!.length);
  await expect(thread.getByTestId('note-author')).toContainText([DEMO_FELLOWS.jonas.name, DEMO_FELLOWS.rohan.pseudonym!]);
  await expect(thread).not.toContainText(DEMO_FELLOWS.rohan.name);

  // The argument map: every seeded argument, and on a claim's page a rebuttal answered in turn.
  await page.goto(`${essayPath}/map`);
  await expect(page.getByTestId('argument-map')).toHaveAttribute('data-hydrated', 'true');
  const shown = Number(/and (\d+) arguments?\./.exec((await page.getByTestId('map-count').textContent()) ?? '')?.[1]);
  expect(shown).toBeGreaterThanOrEqual(DEMO_ARGUMENTS.length);
  await page.goto(essayPath);
  const claim = page.getByTestId('claim').filter({ hasText: 'it has failed to stop Russia' });
  const claimId = ((await claim.getAttribute('id')) ?? '').replace(/^claim-/, '');
  await page.goto(`${essayPath}/claims/${claimId}`);
  const against = page.getByTestId('arguments-against');
  const rebuttal = against.getByTestId('argument').filter({ hasText: 'No NATO member has been attacked by Russia' }).first();
  await expect(rebuttal.getByTestId('argument-badge').first()).toHaveText('Rebuttal');
  const counter = rebuttal.getByTestId('argument').filter({ hasText: 'The essay judges alliances by whether they bring peace' });
  await expect(counter.getByTestId('argument-badge').first()).toHaveText('Rebuttal');
  await expect(counter.getByTestId('argument').filter({ hasText: 'straw man' })).toBeVisible();

  // The author's responses, one of them a revision with the words it changed.
  await page.goto(`${essayPath}/responses`);
  const responses = page.getByTestId('author-response');
  await expect(responses.first()).toBeVisible();
  const statuses = new Set(await responses.getByTestId('response-status').allTextContents());
  for (const status of ['Revised', 'Conceded', 'Disputed', 'Clarified', 'Acknowledged']) expect(statuses).toContain(status);
  const revised = responses.filter({ hasText: revisedAnswer.body });
  await expect(revised.getByTestId('response-status')).toHaveText('Revised');
  await expect(revised.getByTestId('revision')).toContainText('Revision 2');
  await expect(revised.locator('del')).toContainText(['guarantees']);
  await expect(revised.locator('ins')).toContainText(['feeds']);
  await page.goto(essayPath);
  await expect(page.getByTestId('claim').filter({ hasText: DEMO_REVISION.to })).toHaveCount(1);
});

test('a newcomer reads the Markdown essay with its lists, quotation, links and footnotes', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.getByRole('link', { name: DEMO_MARKDOWN_ESSAY.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_MARKDOWN_ESSAY.title })).toBeVisible();
  await expect(page.getByText('Farah Siddiqui', { exact: true })).toBeVisible();

  const reader = page.locator('article[aria-labelledby="essay-title"]');
  await expect(reader.locator('ul[data-testid="essay-list"] > li')).toHaveText([
    /^they gave each side a way to say "this was an accident"/,
    /^they turned dangerous manoeuvres into violations/,
    /^they created routine contacts between officers/,
  ]);
  await expect(reader.locator('ol[data-testid="essay-list"] > li')).toHaveCount(3);
  await expect(reader.locator('ol[data-testid="essay-list"] > li').first().locator('strong')).toHaveText('Hotlines');
  await expect(reader.getByTestId('essay-quote')).toContainText('We all breathe the same air.');
  // Items and quoted lines are claims like any sentence: they can be rated and argued.
  await expect(reader.getByTestId('essay-quote').getByTestId('claim')).toHaveCount(2);

  const link = reader.getByRole('link', { name: 'Arms Control Association' });
  await expect(link).toHaveAttribute('href', 'https://www.armscontrol.org/');
  await expect(link).toHaveAttribute('rel', /noopener/);
  // The words stay the claim's words: no Markdown syntax reaches the reader.
  await expect(reader).not.toContainText('](');
  await expect(reader).not.toContainText('[^');

  const footnotes = page.getByTestId('footnote');
  await expect(footnotes).toHaveCount(3);
  await expect(page.getByTestId('claim').filter({ hasText: 'Geneva' })).toHaveCount(0);
  await page.getByTestId('footnote-ref').first().click();
  await expect(page).toHaveURL(/#fn-1$/);
  await expect(page.locator('#fn-1')).toContainText('signed in Geneva on 20 June 1963');
  await expect(page.locator('#fn-1').getByRole('link', { name: 'Back to reference 1' })).toHaveAttribute('href', '#fnref-1');
  await expect(footnotes.nth(1).getByRole('link', { name: 'its history' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Incidents_at_Sea_Agreement',
  );
});
