import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';
import { ZAddArgument, ZImpactVote } from '@/lib/schemas/argument';
import { ZCreateReply } from '@/lib/schemas/annotation';
import { ZRespond } from '@/lib/schemas/author';
import { DEMO_ESSAY } from '@/prisma/demo-data';
import { DEMO_ARGUMENTS } from '@/prisma/demo/alliances-arguments';
import { DEMO_HIDDEN_NOTE, DEMO_NOTES } from '@/prisma/demo/alliances-notes';
import { DEMO_RATINGS } from '@/prisma/demo/alliances-ratings';
import { DEMO_RESPONSES, DEMO_REVISION } from '@/prisma/demo/alliances-responses';
import { DEMO_RATERS } from '@/prisma/demo/people';

// The demo's words are held to the rules a person's input is: what the seed writes directly could
// not have been written through the app otherwise.
const essay = parseEssay(readFileSync(DEMO_ESSAY.file, 'utf8'));
const claims = essay.sections.flatMap((s) => s.claims);
const occurrences = (quote: string) => essay.canonicalText.split(quote).length - 1;
const ID = 'c000000000000000000000000';

describe('the demo discussion content', () => {
  it.each([...DEMO_NOTES, DEMO_HIDDEN_NOTE.note].map((n) => [n.key, n] as const))('note %s quotes the essay exactly once', (_, note) => {
    expect(occurrences(note.quote)).toBe(1);
    expect(ZCreateReply.safeParse({ body: note.body }).success).toBe(true);
    for (const reply of note.replies ?? []) expect(ZCreateReply.safeParse({ body: reply.body }).success).toBe(true);
  });

  it('rates existing claims with one 1–5 digit (or "-") per rater', () => {
    for (const row of DEMO_RATINGS) {
      expect(claims[row.order], `claim ${row.order}`).toBeDefined();
      for (const digits of [row.agreement, row.evidence]) expect(digits).toMatch(new RegExp(`^[1-5-]{${DEMO_RATERS.length}}$`));
    }
  });

  it('gives arguments that the add-argument form would accept, each answering something defined before it', () => {
    const seen = new Set<string>();
    for (const a of DEMO_ARGUMENTS) {
      const target = 'claim' in a.target ? { type: 'claim', id: ID } : { type: 'argument', id: ID };
      if ('claim' in a.target) expect(claims[a.target.claim]).toBeDefined();
      else expect(seen.has(a.target.argument), `${a.key} answers ${a.target.argument}`).toBe(true);
      const parsed = ZAddArgument.safeParse({
        target,
        stance: a.stance,
        attackKind: a.attackKind,
        text: a.text,
        elaboration: a.elaboration,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
      for (const digit of a.impact ?? '') if (digit !== '-') expect(ZImpactVote.safeParse({ impact: Number(digit) }).success).toBe(true);
      expect(seen.has(a.key)).toBe(false);
      seen.add(a.key);
    }
  });

  it('revises a claim that exists with the wording the responses file states', () => {
    expect(claims[DEMO_REVISION.claim]?.text).toBe(DEMO_REVISION.from);
    for (const r of DEMO_RESPONSES) {
      const parsed = ZRespond.safeParse({
        critique: { type: 'claim', id: ID },
        status: r.status,
        body: r.body,
        revision: r.revision ? { claimId: ID, text: r.revision.text } : null,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });
});
