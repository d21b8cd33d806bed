import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { bearer, createTokenInUi } from './helpers';

// Writes go to claim 41 (index 40): other specs work on claims 0–26.
const CLAIM_INDEX = 40;
const essayPath = `/api/v1/essays/${DEMO_ESSAY.slug}`;

test('a member makes a write token on /account, uses it from a script, and revokes it', async ({ page, request }) => {
  await signIn(page, DEMO_USERS.member.email);
  const token = await createTokenInUi(page, 'e2e notebook', 'Write');
  const row = page.getByTestId('token').filter({ hasText: 'e2e notebook' });
  await expect(row.getByTestId('token-scope')).toHaveText('Read and write');
  await page.reload();
  // Shown once: after a reload only the name remains.
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(token);

  const essays = await request.get('/api/v1/essays', { headers: bearer(token) });
  expect(essays.status()).toBe(200);
  expect(((await essays.json()) as { essays: { slug: string }[] }).essays.map((e) => e.slug)).toContain(DEMO_ESSAY.slug);

  const essayResponse = await request.get(essayPath, { headers: bearer(token) });
  expect(essayResponse.status()).toBe(200);
  const etag = essayResponse.headers()['etag'] ?? '';
  expect(etag).toMatch(/^W\/"/);
  expect((await request.get(essayPath, { headers: { ...bearer(token), 'If-None-Match': etag } })).status()).toBe(304);
  const { essay } = (await essayResponse.json()) as { essay: { text: string; revision: { id: string }; standing: string } };
  expect(essay.standing).toBe('MEMBER');

  const { claims } = (await (await request.get(`${essayPath}/claims`, { headers: bearer(token) })).json()) as {
    claims: { id: string; start: number; end: number }[];
  };
  const claim = claims[CLAIM_INDEX]!;
  const start = claim.start;
  const end = Math.min(claim.end, start + 24);
  const created = await request.post(`${essayPath}/annotations`, {
    headers: bearer(token),
    data: {
      revisionId: essay.revision.id,
      motivation: 'QUESTIONING',
      body: 'Asked from a script.',
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: essay.text.slice(start, end),
          prefix: essay.text.slice(Math.max(0, start - 32), start),
          suffix: essay.text.slice(end, end + 32),
        },
        position: { type: 'TextPositionSelector', start, end },
      },
    },
  });
  expect(created.status()).toBe(201);
  const { annotation } = (await created.json()) as { annotation: { id: string; claimIds: string[] } };
  expect(annotation.claimIds).toContain(claim.id);
  const threads = (await (
    await request.get(`${essayPath}/annotations?claim=${claim.id}&motivation=QUESTIONING`, { headers: bearer(token) })
  ).json()) as { annotations: { id: string }[]; nextCursor: string | null };
  expect(threads.annotations.map((a) => a.id)).toContain(annotation.id);

  const rated = await request.put(`/api/v1/claims/${claim.id}/ratings/agreement`, { headers: bearer(token), data: { value: 4 } });
  expect(rated.status()).toBe(200);
  expect(((await rated.json()) as { ratings: { mine: number | null }[] }).ratings[0]!.mine).toBe(4);
  const argued = await request.post(`${essayPath}/arguments`, {
    headers: bearer(token),
    data: { target: { type: 'claim', id: claim.id }, stance: 'SUPPORT', text: 'Argued from a script.' },
  });
  expect(argued.status()).toBe(201);

  await page.goto(`/account`);
  await expect(row).toContainText(/last used/);
  await row.getByRole('button', { name: 'Revoke e2e notebook' }).click();
  await row.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(row.getByTestId('token-status')).toContainText('Revoked');

  const refused = await request.get('/api/v1/essays', { headers: bearer(token) });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: string }).error).toMatch(/^This token was revoked/);
});

test('a read-only token reads but cannot write', async ({ page, request }) => {
  await signIn(page, DEMO_USERS.member.email);
  const token = await createTokenInUi(page, 'e2e reader', 'Read');
  expect((await request.get(`${essayPath}/arguments?limit=5`, { headers: bearer(token) })).status()).toBe(200);
  const refused = await request.post(`${essayPath}/arguments`, {
    headers: bearer(token),
    data: { target: { type: 'claim', id: 'any' }, stance: 'SUPPORT', text: 'Should not land.' },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: 'This token is read-only: create a token with write scope.' });
});

test('an outsider’s token finds nothing of the cohort', async ({ page, request }) => {
  await signIn(page, DEMO_USERS.outsider.email);
  const token = await createTokenInUi(page, 'e2e outsider', 'Write');
  const essays = (await (await request.get('/api/v1/essays', { headers: bearer(token) })).json()) as { essays: { slug: string }[] };
  expect(essays.essays.map((e) => e.slug)).not.toContain(DEMO_ESSAY.slug);
  for (const path of [essayPath, `${essayPath}/claims`, `${essayPath}/annotations`, `${essayPath}/arguments`]) {
    const response = await request.get(path, { headers: bearer(token) });
    expect(response.status(), path).toBe(404);
  }
});

test('/account is for signed-in people', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount|\/signin\?callbackUrl=\/account/);
});
