import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { dragSelect, highlightsOf, saveNote, threadOf, waitForNotes, waitUntilLive } from '../annotate/helpers';
import { signIn } from '../support/sign-in';

type TWorld = { slug: string; notes: { body: string; start: number; end: number }[] };
let world: TWorld;

test.beforeAll(() => {
  const output = execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/reader/plant-long-discussion.ts'],
    {
      env: process.env,
      encoding: 'utf8',
    },
  );
  world = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as TWorld;
});

/** The words of each listed thread's root note (not its replies), in list order. */
const bodiesIn = (page: Page) =>
  page.locator('[data-testid="annotation-thread"] > [data-testid="annotation-note"] [data-testid="annotation-body"]');
const isThreadPage = (url: string, slug: string) => url.includes(`/api/essays/${slug}/threads?`);

test('120 notes: the first page, more as the list scrolls, the notes at a highlight, and a new one arriving live', async ({ browser }) => {
  // Two people in two browsers and three pages of notes: longer than one page's test.
  test.setTimeout(90_000);
  const readerContext = await browser.newContext();
  const writerContext = await browser.newContext();
  try {
    const reader = await readerContext.newPage();
    const writer = await writerContext.newPage();
    await signIn(reader, DEMO_USERS.moderator.email);
    await signIn(writer, DEMO_USERS.owner.email);
    const path = `/essays/${world.slug}`;

    // The page carries no note: the sidebar asks for the first page once it is in the browser.
    const firstPage = reader.waitForResponse((r) => isThreadPage(r.url(), world.slug) && !r.url().includes('cursor='));
    const html = await (await reader.goto(path))!.text();
    expect(html).not.toContain('Note 001 on sentence 1');
    expect((await firstPage).status()).toBe(200);
    await waitForNotes(reader);
    await waitUntilLive(reader);
    const sidebar = reader.getByTestId('annotation-sidebar');
    await expect(sidebar.getByRole('tab', { name: 'Annotations (120)' })).toBeVisible();
    await expect(bodiesIn(reader).first()).toHaveText('Note 001 on sentence 1');
    // A long thread comes with its first replies; the rest are read when asked for.
    const longThread = reader.getByTestId('annotation-thread').first();
    await longThread.getByRole('button', { name: 'Show 22 replies' }).click();
    await expect(longThread.getByTestId('annotation-reply')).toHaveCount(20);
    await longThread.getByRole('button', { name: 'Show 2 more replies' }).click();
    await expect(longThread.getByTestId('annotation-reply')).toHaveCount(22);
    await expect(longThread.getByTestId('annotation-reply').last()).toContainText('Reply 22');
    await expect(longThread.getByTestId('more-replies')).toHaveCount(0);
    // Only the threads near the visible part of the list are drawn.
    expect(await reader.getByTestId('annotation-thread').count()).toBeLessThan(50);
    await expect(sidebar.getByText('Note 120 on sentence 60')).toHaveCount(0);

    // Scrolling the list to its end asks for the next page, twice, until the last note shows.
    const scroller = reader.getByTestId('thread-scroller');
    for (let i = 0; i < 2; i++) {
      const next = reader.waitForResponse((r) => isThreadPage(r.url(), world.slug) && r.url().includes('cursor='));
      await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      expect((await next).status()).toBe(200);
      await expect(sidebar.getByText('Loading more notes…')).toHaveCount(0);
    }
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(sidebar.getByText('Note 120 on sentence 60')).toBeVisible();

    // A click on a highlight lists the notes at that place: both over the first words of
    // sentence 31, only the whole-sentence one further along it.
    const [firstWords, wholeSentence] = [world.notes[60]!, world.notes[61]!];
    await expect(highlightsOf(reader, firstWords)).toHaveAttribute('data-density', '2');
    await highlightsOf(reader, firstWords).click();
    await expect(sidebar.getByTestId('thread-scope')).toContainText('Notes here');
    await expect(bodiesIn(reader)).toHaveCount(2);
    expect((await bodiesIn(reader).allTextContents()).map((t) => t.trim()).sort()).toEqual([firstWords.body, wholeSentence.body]);
    await highlightsOf(reader, wholeSentence).last().click();
    await expect(bodiesIn(reader)).toHaveText([wholeSentence.body]);
    await sidebar.getByRole('button', { name: '← All notes' }).click();
    await waitForNotes(reader);
    // The click also opened sentence 31 in the claim panel: its notes are one click away.
    await expect(reader.getByTestId('claim-panel-text')).toHaveText(/^Sentence 31 weighs/);
    await sidebar.getByRole('button', { name: 'Show only this claim’s notes' }).click();
    await expect(sidebar.getByTestId('thread-scope')).toContainText('Notes on “Sentence 31 weighs');
    await expect(bodiesIn(reader)).toHaveCount(2);
    expect((await bodiesIn(reader).allTextContents()).map((t) => t.trim()).sort()).toEqual([firstWords.body, wholeSentence.body]);
    await sidebar.getByRole('button', { name: '← All notes' }).click();
    await waitForNotes(reader);
    await expect(bodiesIn(reader).first()).toHaveText('Note 001 on sentence 1');

    // Someone else comments on "alliances" in sentence 2: the reader sees the note at its place
    // in the list, the highlight there deepen, and the counts move, without reloading.
    await reader.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const badge = reader.getByTestId('claim').nth(1).locator('xpath=following-sibling::*[1]');
    await expect(badge).toHaveAttribute('data-annotations', '2');
    await writer.goto(path);
    const claimText = (await writer.getByTestId('claim').nth(1).textContent()) ?? '';
    const offset = claimText.indexOf('alliances');
    await dragSelect(writer, { claim: 1, offset }, { claim: 1, offset: offset + 'alliances'.length });
    await writer.getByRole('button', { name: 'Annotate' }).click();
    const note = await saveNote(writer, 'Which alliances, though?');

    await expect(threadOf(reader, note.id).getByTestId('annotation-body')).toHaveText('Which alliances, though?');
    await expect(bodiesIn(reader).nth(4)).toHaveText('Which alliances, though?');
    await expect(bodiesIn(reader).nth(3)).toHaveText('Note 004 on sentence 2');
    await expect(highlightsOf(reader, note)).toHaveText(['alliances']);
    await expect(highlightsOf(reader, note)).toHaveAttribute('data-density', '2');
    await expect(badge).toHaveAttribute('data-annotations', '3');
    await expect(sidebar.getByRole('tab', { name: 'Annotations (121)' })).toBeVisible();
    expect(await reader.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  } finally {
    await readerContext.close();
    await writerContext.close();
  }
});
