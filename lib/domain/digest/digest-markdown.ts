import { AGREEMENT_LABELS } from '@/lib/schemas/rating-scale';
import type { TDiffPart } from '@/lib/domain/revision/diff-claim';
import { counted, ofWhole } from './figures';
import { escapeInline, escapeLineStart, inlineText, quoteBlock, wordOf } from './markdown-text';
import type { TDigest, TDigestClaim, TDigestGroupVotes, TDigestOpinion, TDigestSide } from './types';

const SIDE_TITLES: Record<TDigestSide, string> = { SUPPORT: 'For the essay’s claims', ATTACK: 'Against the essay’s claims' };

const day = (iso: string) => iso.slice(0, 10);
const claimRef = (claim: TDigestClaim) => `claim ${claim.number}, “${inlineText(claim.text)}”`;

/**
 * The debate digest as one Markdown document, on plain data already shaped for its reader (names,
 * withheld words and the blind rule were applied by the query): the download and the page say the
 * same. People's words are escaped (`markdown-text.ts`), so nothing they wrote becomes markup.
 */
export function digestToMarkdown(digest: TDigest): string {
  const { essay } = digest;
  const byline = [`by ${inlineText(essay.authorName)}`, essay.cohortName ? `cohort ${inlineText(essay.cohortName)}` : 'public essay'];
  return [
    `# Debate digest: ${inlineText(essay.title)}`,
    `${byline.join(' · ')} · revision ${essay.revision} · generated ${day(digest.generatedAt)}`,
    participationPart(digest),
    opinionPart(digest.opinion),
    argumentsPart(digest),
    responsesPart(digest),
    critiquesPart(digest),
    moderationPart(digest),
  ]
    .join('\n\n')
    .concat('\n');
}

function participationPart({ participation: p }: TDigest): string {
  const whole = p.members;
  const rows: [string, number][] = [
    ['reading the essay', p.readers],
    ['writing notes or replies', p.annotators],
    ['rating claims', p.raters],
    ['arguing', p.arguers],
  ];
  return [
    '## Participation',
    whole === null ? 'A public essay: everyone who took part is counted.' : `The cohort has ${counted(whole, 'member', 'members')}.`,
    ['| took part by | people |', '| --- | --- |', ...rows.map(([what, n]) => `| ${what} | ${ofWhole(n, whole)} |`)].join('\n'),
    `${counted(p.notes, 'note', 'notes')}, ${counted(p.replies, 'reply', 'replies')}, ${counted(p.arguments, 'argument', 'arguments')} and ${counted(p.ratings, 'rating', 'ratings')}.`,
  ].join('\n\n');
}

function votesTable(votes: TDigestGroupVotes[]): string {
  const head = `| group | ${AGREEMENT_LABELS.join(' | ')} |\n| --- |${' --- |'.repeat(AGREEMENT_LABELS.length)}`;
  return [head, ...votes.map((v) => `| ${v.group} | ${v.histogram.join(' | ')} |`)].join('\n');
}

function opinionPart(opinion: TDigestOpinion): string {
  const title = '## Opinion groups, cruxes and common ground';
  if (opinion.status === 'withheld')
    return `${title}\n\nWithheld: these are computed from others’ ratings. Rate at least ${opinion.needed} of the essay’s claims to see them (you have rated ${opinion.rated}).`;
  if (opinion.status === 'pending')
    return `${title}\n\nNot computed yet: there are no ratings to group, or the first grouping is on its way.`;
  const parts = [title];
  const asOf = `As of ${day(opinion.computedAt)}${opinion.isStale ? ' (ratings have changed since; a new grouping is on its way)' : ''}.`;
  if (opinion.groups.length === 0) {
    parts.push(`${asOf} ${counted(opinion.raters, 'member', 'members')} rated; no opinion groups of 3 or more formed.`);
    return parts.join('\n\n');
  }
  const groups = opinion.groups.map((g) => `${g.label} (${counted(g.size, 'member', 'members')})`).join(', ');
  parts.push(`${asOf} ${opinion.grouped} of ${counted(opinion.raters, 'member', 'members')} who rated fall into groups ${groups}.`);
  parts.push('### Cruxes');
  if (opinion.cruxes.length === 0) parts.push('No claim splits the groups.');
  for (const crux of opinion.cruxes) {
    parts.push(
      `**Claim ${crux.claim.number}:** “${inlineText(crux.claim.text)}” — group ${crux.agreeing} leans to agree, group ${crux.disagreeing} to disagree (spread ${crux.spread.toFixed(2)} of 2).`,
      votesTable(crux.votes),
    );
  }
  parts.push('### Common ground');
  if (opinion.commonGround.length === 0) parts.push('No claim has every group agreeing.');
  for (const ground of opinion.commonGround) {
    parts.push(
      `**Claim ${ground.claim.number}:** “${inlineText(ground.claim.text)}” — every group leans to agree (consensus ${Math.round(ground.consensus * 100)} %).`,
      votesTable(ground.votes),
    );
  }
  return parts.join('\n\n');
}

function argumentsPart(digest: TDigest): string {
  const parts = ['## The most impactful arguments'];
  for (const side of digest.arguments) {
    parts.push(`### ${SIDE_TITLES[side.side]} (${counted(side.total, 'argument', 'arguments')})`);
    if (side.top.length === 0) {
      parts.push('None has impact votes yet.');
      continue;
    }
    parts.push(
      side.top
        .map(
          (a, i) =>
            `${i + 1}. ${inlineText(a.text)} — ${inlineText(a.author)}, on ${claimRef(a.claim)}; impact ${a.impact.mean.toFixed(1)} of 4 from ${counted(a.impact.votes, 'vote', 'votes')}`,
        )
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

/**
 * A word diff in Markdown: removed words struck through, added words in bold. Emphasis may not
 * open or close on a space, so the spaces at a changed part's ends stay outside its marks.
 * @example diffLine([same 'War is ', removed 'bad', added 'terrible', same '.']) // 'War is ~~bad~~ **terrible**.'
 */
export function diffLine(parts: TDiffPart[]): string {
  const line = parts
    .map((part) => {
      if (part.kind === 'same') return escapeInline(part.text);
      const words = escapeInline(part.text.trim());
      if (words === '') return part.text.length > 0 ? ' ' : '';
      const mark = part.kind === 'removed' ? '~~' : '**';
      const lead = /^\s/.test(part.text) ? ' ' : '';
      const trail = /\s$/.test(part.text) ? ' ' : '';
      return `${lead}${mark}${words}${mark}${trail}`;
    })
    .join('')
    // "~~bad~~**terrible**": two marks side by side read as one run; keep a space between them.
    .replace(/(~~|\*\*)(~~|\*\*)/g, '$1 $2')
    .replace(/ {2,}/g, ' ')
    .trim();
  return escapeLineStart(line);
}

function responsesPart({ responses }: TDigest): string {
  const parts = ['## The author’s concessions and revisions'];
  parts.push(
    responses.byStatus.length === 0
      ? 'The author has not answered any critique yet.'
      : `Answers by status: ${responses.byStatus.map((s) => `${wordOf(s.status)} ${s.count}`).join(', ')}.`,
  );
  for (const r of responses.concessionsAndRevisions) {
    const critic = r.critique.critic === null ? '' : ` by ${inlineText(r.critique.critic)}`;
    const what =
      r.critique.type === 'claim'
        ? 'low agreement ratings of a claim'
        : `a${r.critique.type === 'argument' ? 'n argument' : ' question'}${critic}`;
    parts.push(`### ${wordOf(r.status)} on ${day(r.createdAt)} (critic’s verdict: ${wordOf(r.state)})`, quoteBlock(r.body));
    parts.push(r.critique.type === 'claim' ? `In answer to ${what}.` : `In answer to ${what}:\n\n${quoteBlock(r.critique.text)}`);
    if (r.revisionNumber !== null) {
      const lines = r.diffs.length === 0 ? ['This revision changed no claim’s wording.'] : r.diffs.map((d) => `- ${diffLine(d)}`);
      parts.push(`Revision ${r.revisionNumber} (~~struck~~: removed, **bold**: added):\n\n${lines.join('\n')}`);
    }
  }
  return parts.join('\n\n');
}

function critiquesPart({ openCritiques }: TDigest): string {
  const parts = [`## Open critiques (${openCritiques.total})`];
  if (openCritiques.total === 0) return `${parts[0]}\n\nEvery critique has an answer.`;
  parts.push('Still waiting for the author, oldest first:');
  parts.push(
    openCritiques.oldest
      .map((c) => {
        const context = c.context === null ? '' : ` (on “${inlineText(c.context)}”)`;
        return `- ${c.type === 'argument' ? 'Argument' : 'Note'} by ${inlineText(c.critic)}, ${day(c.createdAt)}${context}: ${inlineText(c.text)}`;
      })
      .join('\n'),
  );
  return parts.join('\n\n');
}

function moderationPart({ moderation: m }: TDigest): string {
  const list = (rows: { word: string; count: number }[]) =>
    rows.length === 0 ? 'none' : rows.map((r) => `${r.word} ${r.count}`).join(', ');
  return [
    '## Moderation',
    `Actions: ${list(m.actions.map((a) => ({ word: wordOf(a.kind), count: a.count })))}.`,
    `Flags: ${list(m.flags.map((f) => ({ word: wordOf(f.status), count: f.count })))}.`,
    `Hidden now: ${counted(m.hiddenNotes, 'note', 'notes')} and ${counted(m.hiddenArguments, 'argument', 'arguments')}; their words are not part of the digest.`,
  ].join('\n\n');
}
