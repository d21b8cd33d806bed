import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { MARKDOWN_RENDERER_VERSION } from '@/lib/server/markdown/render-markdown';
import { refreshStaleNoteHtml } from '@/lib/server/markdown/refresh-stale-note-html';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { importAnnotations } from '@/lib/server/services/web-annotation/import-annotations';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Notes are rendered and sanitized when written; readers get the stored HTML. These tests read
// the rows themselves, so they notice a write path that forgets to store it.

const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust. Trust needs time.';
const XSS = '**bold** <script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>';
// What a reader must get for XSS: the tags shown as text, the javascript: link left unlinked.
const XSS_HTML =
  '<p><strong>bold</strong> &lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;</p>\n';

let w: { alice: string; bob: string; slug: string; essayId: string; revisionId: string; text: string };

function noteOn(phrase: string, body: string) {
  const start = w.text.indexOf(phrase);
  return { revisionId: w.revisionId, motivation: 'COMMENTING', body, selectors: describeRange(w.text, start, start + phrase.length) };
}

async function storedHtml(id: string) {
  return db.annotation.findUniqueOrThrow({ where: { id }, select: { bodyHtml: true, bodyHtmlVersion: true } });
}

async function listedHtml(id: string) {
  const notes = await listAnnotationsForViewer(w.alice, w.essayId);
  return notes.find((n) => n.id === id)!.bodyHtml;
}

beforeAll(async () => {
  const alice = await makeUser(db, 'Alice');
  const bob = await makeUser(db, 'Bob');
  const cohort = await makeCohort(db, [
    { userId: alice.id, role: 'MEMBER' },
    { userId: bob.id, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  const revision = await db.essay.findUniqueOrThrow({
    where: { id: essay.id },
    select: { currentRevision: { select: { id: true, text: true } } },
  });
  w = {
    alice: alice.id,
    bob: bob.id,
    slug: essay.slug,
    essayId: essay.id,
    revisionId: revision.currentRevision!.id,
    text: revision.currentRevision!.text,
  };
});

describe('writing a note stores its HTML', () => {
  it('a new note stores its rendered Markdown with the current renderer version', async () => {
    const note = await createAnnotation(w.alice, w.slug, noteOn('Alliances deter war.', 'Deter *whom*?'));
    expect(await storedHtml(note.id)).toEqual({ bodyHtml: '<p>Deter <em>whom</em>?</p>\n', bodyHtmlVersion: MARKDOWN_RENDERER_VERSION });
  });

  it('stores hostile Markdown sanitized, on create, reply and edit', async () => {
    const note = await createAnnotation(w.alice, w.slug, noteOn('They also provoke rivals.', XSS));
    const reply = await replyToAnnotation(w.bob, note.id, { body: XSS });
    expect((await storedHtml(note.id)).bodyHtml).toBe(XSS_HTML);
    expect((await storedHtml(reply.id)).bodyHtml).toBe(XSS_HTML);

    await editAnnotation(w.alice, note.id, { body: 'Now **calmer**: [source](https://example.org/a)' });
    expect((await storedHtml(note.id)).bodyHtml).toBe(
      '<p>Now <strong>calmer</strong>: <a href="https://example.org/a" rel="nofollow ugc noopener">source</a></p>\n',
    );
  });

  it('an imported W3C annotation stores its HTML too', async () => {
    const counts = await importAnnotations(w.alice, w.slug, [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:uuid:note-html-import-1',
        type: 'Annotation',
        motivation: 'commenting',
        body: { type: 'TextualBody', value: 'Imported _words_ <b>x</b>', format: 'text/markdown' },
        target: { source: 'https://elsewhere.example/essay', selector: [{ type: 'TextQuoteSelector', exact: 'Peace needs trust.' }] },
      },
    ]);
    expect(counts).toMatchObject({ imported: 1 });
    const row = await db.annotation.findFirstOrThrow({
      where: { essayId: w.essayId, body: 'Imported _words_ <b>x</b>' },
      select: { id: true },
    });
    expect(await storedHtml(row.id)).toEqual({
      bodyHtml: '<p>Imported <em>words</em> &lt;b&gt;x&lt;/b&gt;</p>\n',
      bodyHtmlVersion: MARKDOWN_RENDERER_VERSION,
    });
  });
});

describe('reading a note', () => {
  it('serves a current row from the stored column, not by rendering the body again', async () => {
    const note = await createAnnotation(w.alice, w.slug, noteOn('Trust needs time.', 'plain words'));
    await db.annotation.update({
      where: { id: note.id },
      data: { bodyHtml: '<p>from-the-column-7f3a</p>', bodyHtmlVersion: MARKDOWN_RENDERER_VERSION },
    });
    expect(await listedHtml(note.id)).toBe('<p>from-the-column-7f3a</p>');
  });

  it('renders a stale row on read until the start-up step has re-rendered it, which it does once', async () => {
    const note = await createAnnotation(w.alice, w.slug, noteOn('Alliances deter war.', 'Old **render**'));
    // As every row looks right after the migration that added the column.
    await db.annotation.update({ where: { id: note.id }, data: { bodyHtml: '', bodyHtmlVersion: 0 } });
    expect(await listedHtml(note.id)).toBe('<p>Old <strong>render</strong></p>\n');

    const first = await refreshStaleNoteHtml(process.env.DATABASE_URL!);
    expect(first.rendered).toBeGreaterThanOrEqual(1);
    expect(await storedHtml(note.id)).toEqual({
      bodyHtml: '<p>Old <strong>render</strong></p>\n',
      bodyHtmlVersion: MARKDOWN_RENDERER_VERSION,
    });
    expect(await refreshStaleNoteHtml(process.env.DATABASE_URL!)).toEqual({ rendered: 0, skipped: false });
  });

  it('re-renders stale hostile rows sanitized, with two instances starting at once', async () => {
    const note = await createAnnotation(w.alice, w.slug, noteOn('Peace needs trust.', XSS));
    const reply = await replyToAnnotation(w.bob, note.id, { body: 'fine' });
    await db.annotation.updateMany({
      where: { id: { in: [note.id, reply.id] } },
      data: { bodyHtml: '<script>stale</script>', bodyHtmlVersion: 0 },
    });

    const [a, b] = await Promise.all([refreshStaleNoteHtml(process.env.DATABASE_URL!), refreshStaleNoteHtml(process.env.DATABASE_URL!)]);
    expect(a.rendered + b.rendered).toBeGreaterThanOrEqual(2);
    expect(await storedHtml(note.id)).toEqual({ bodyHtml: XSS_HTML, bodyHtmlVersion: MARKDOWN_RENDERER_VERSION });
    expect(await storedHtml(reply.id)).toEqual({ bodyHtml: '<p>fine</p>\n', bodyHtmlVersion: MARKDOWN_RENDERER_VERSION });
    expect(await db.annotation.count({ where: { bodyHtmlVersion: { lt: MARKDOWN_RENDERER_VERSION } } })).toBe(0);
  });
});
