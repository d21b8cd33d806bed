import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { TAnnotationView } from '../../../lib/schemas/annotation';
import { parseEssay } from '../../../lib/domain/essay';
import { DEMO_ESSAY } from '../../../prisma/demo-data';

// The claims as the ingestion makes them from the demo file (what the page shows, in order).
// Each spec works on its own claims, and none on claim 6 (index 5): tests/e2e/ui expects it untouched.
export const claims = parseEssay(readFileSync(DEMO_ESSAY.file, 'utf8')).sections.flatMap((section) => section.claims);
export const essayPath = `/essays/${DEMO_ESSAY.slug}`;

/** Offsets of `phrase` inside claim `index`'s text. */
export function spanOf(index: number, phrase: string): { claim: number; start: number; end: number } {
  const start = claims[index]!.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in claim ${index}`);
  return { claim: index, start, end: start + phrase.length };
}

/** Viewport point just inside the left (or right) edge of one character of a claim. */
async function characterEdge(page: Page, claim: number, offset: number, side: 'left' | 'right') {
  return page
    .getByTestId('claim')
    .nth(claim)
    .evaluate(
      (element, { offset, side }) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let rest = offset;
        let node = walker.nextNode();
        while (node && rest >= (node.textContent ?? '').length) {
          rest -= (node.textContent ?? '').length;
          node = walker.nextNode();
        }
        if (!node) throw new Error('offset outside the claim');
        const range = document.createRange();
        range.setStart(node, rest);
        range.setEnd(node, rest + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        const inset = Math.min(2, rect.width / 4);
        return { x: side === 'left' ? rect.left + inset : rect.right - inset, y: rect.top + rect.height / 2 };
      },
      { offset, side },
    );
}

/**
 * Drags the mouse over claim text from `from` (a character offset) to just after `to - 1`, as a
 * reader selects; `isBackward` drags from the end to the start instead.
 */
export async function dragSelect(
  page: Page,
  from: { claim: number; offset: number },
  to: { claim: number; offset: number },
  { isBackward = false } = {},
): Promise<void> {
  // Centre the text first: a drag that ends near the window's edge scrolls the page and selects on.
  await page
    .getByTestId('claim')
    .nth(from.claim)
    .evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const start = await characterEdge(page, from.claim, from.offset, 'left');
  const end = await characterEdge(page, to.claim, to.offset - 1, 'right');
  const [first, last] = isBackward ? [end, start] : [start, end];
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  await page.mouse.move(last.x, last.y, { steps: 8 });
  await page.mouse.up();
}

/** Fills the open composer and saves; returns what the server created. */
export async function saveNote(page: Page, body: string): Promise<TAnnotationView> {
  const composer = page.getByRole('dialog', { name: 'Annotate' });
  await composer.getByLabel(/^Note/).fill(body);
  const created = page.waitForResponse((r) => r.url().endsWith('/annotations') && r.request().method() === 'POST');
  await composer.getByRole('button', { name: 'Save' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  await expect(composer).toBeHidden();
  return ((await response.json()) as { annotation: TAnnotationView }).annotation;
}

/**
 * The drawn highlight runs inside a note's place in the text. The page carries no note ids, only
 * offsets (`data-start`/`data-end` on each run), as a reader sees colour, not ids.
 */
export function highlightsOf(page: Page, note: { start: number | null; end: number | null }) {
  if (note.start === null || note.end === null) throw new Error('the note has no place in the text');
  return page.locator(`xpath=//mark[@data-testid="highlight"][number(@data-start) >= ${note.start} and number(@data-end) <= ${note.end}]`);
}
export const threadOf = (page: Page, id: string) => page.locator(`[data-testid="annotation-thread"][data-annotation-id="${id}"]`);

/** Waits for the sidebar's first page of notes (it is asked for after the page loads). */
export async function waitForNotes(page: Page): Promise<void> {
  await expect(page.getByTestId('annotation-sidebar')).toBeVisible();
  await expect(page.getByTestId('annotation-loading')).toHaveCount(0);
}

/** Clicks a note's highlight, as a reader opens the notes at a place; the sidebar lists them. */
export async function openNotesAt(page: Page, note: { start: number | null; end: number | null }): Promise<void> {
  await waitForNotes(page);
  await highlightsOf(page, note).first().click();
  await expect(page.getByTestId('thread-scope')).toContainText('Notes here');
  await waitForNotes(page);
}

export async function waitUntilLive(page: Page): Promise<void> {
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
}
