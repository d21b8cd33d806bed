import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

const csvPath = (table: string, names = false) => `/api/essays/${DEMO_ESSAY.slug}/csv/${table}${names ? '?names=1' : ''}`;

test('a plain member may not download CSV: it would reveal ratings before they rate', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const refused = await page.request.get(csvPath('votes'));
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error).toMatch(/moderators and owners/);
});

test('a moderator downloads pseudonymous CSV, and may not ask for names', async ({ page }) => {
  await signIn(page, DEMO_USERS.moderator.email);
  const claims = await page.request.get(csvPath('claims'));
  expect(claims.status()).toBe(200);
  expect(claims.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(claims.headers()['content-disposition']).toBe(`attachment; filename="${DEMO_ESSAY.slug}-claims.csv"`);
  const lines = (await claims.text()).trimEnd().split('\n');
  expect(lines[0]).toBe(
    'claim_id,position,section_position,section,text,agreement_count,agreement_mean,evidence_count,evidence_mean,annotation_count,argument_count',
  );
  expect(lines.length).toBeGreaterThan(50);

  const votes = await page.request.get(csvPath('votes'));
  expect(votes.status()).toBe(200);
  expect((await votes.text()).split('\n')[0]).toBe(
    'vote_type,voter,target_type,target_id,dimension,value,is_relevant,created_at,updated_at',
  );

  const named = await page.request.get(csvPath('annotations', true));
  expect(named.status()).toBe(403);
  expect(((await named.json()) as { error: string }).error).toMatch(/Only the cohort’s owner may export names/);
});

test('the owner may add names; outsiders and signed-out visitors get 404', async ({ page, browser, request }) => {
  await signIn(page, DEMO_USERS.owner.email);
  const named = await page.request.get(csvPath('arguments', true));
  expect(named.status()).toBe(200);
  expect((await named.text()).split('\n')[0]).toContain('author,author_name');

  const outsiderContext = await browser.newContext();
  try {
    const outsider = await outsiderContext.newPage();
    await signIn(outsider, DEMO_USERS.outsider.email);
    expect((await outsider.request.get(csvPath('claims'))).status()).toBe(404);
  } finally {
    await outsiderContext.close();
  }
  expect((await request.get(csvPath('annotations'))).status()).toBe(404);
});
