// Issue 11: the sidebar loads threads a page at a time from GET /api/essays/<slug>/threads.
// Expectations are worked out by hand from the planted notes, never read back from the query.
import { beforeAll, describe, expect, it } from 'vitest';
import { ZThreadQuery, type TThreadPage } from '@/lib/schemas/thread';
import { db } from '@/lib/server/db/client';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { listThreadsForViewer } from '@/lib/server/queries/annotation/list-threads-for-viewer';
import { makeUser } from '@/prisma/factories';
import { makeLongEssay, plantNote } from '@/tests/support/plant-notes';

let alice: string;
let bob: string;

beforeAll(async () => {
  alice = (await makeUser(db, 'Alice')).id;
  bob = (await makeUser(db, 'Bob')).id;
});

const page = (viewerId: string | null, essayId: string, query: Record<string, string> = {}): Promise<TThreadPage> =>
  listThreadsForViewer(viewerId, essayId, ZThreadQuery.parse(query));

describe('a thread as the API sends it', () => {
  it('shows each note exactly as the live stream and the old list shape it', async () => {
    const essay = await makeLongEssay();
    const root = await plantNote(essay, { authorId: alice, start: 4, end: 12, body: 'A *root*.', tags: ['war'] });
    await plantNote(essay, { authorId: bob, parentId: root.id, rootId: root.id, motivation: 'REPLYING', body: 'A **reply**.' });
    const [thread] = (await page(bob, essay.id)).threads;
    const listed = await listAnnotationsForViewer(bob, essay.id);
    expect(thread!.root).toEqual(listed.find((a) => a.id === root.id));
    expect(thread!.replies).toEqual(listed.filter((a) => a.parentId === root.id));
    expect(thread!.root.bodyHtml).toBe('<p>A <em>root</em>.</p>\n');
    expect(thread!.replies[0]!.bodyHtml).toBe('<p>A <strong>reply</strong>.</p>\n');
  });
});
