import 'server-only';
import type { TApiArgument, TApiArgumentQuery } from '@/lib/schemas/api-v1';
import { compareKeys, decodeCursor, isAfterKey, toPage } from '@/lib/server/api-v1/cursor';
import { AppError } from '@/lib/server/errors';
import { getDebateForViewer, type TDebateArgumentView } from '@/lib/server/queries/argument/get-debate-for-viewer';

/**
 * One page of an essay's arguments, oldest first, with impact and DF-QuAD strength. Strength is
 * a property of the whole graph, so the page is cut from the debate query (four SQL queries,
 * aggregates by GROUP BY) rather than fetched alone.
 */
export async function listArgumentsPageForViewer(
  viewerId: string | null,
  slug: string,
  query: TApiArgumentQuery,
): Promise<{ arguments: TApiArgument[]; nextCursor: string | null }> {
  const debate = await getDebateForViewer(viewerId, slug);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const scoped = query.claim === undefined ? debate.arguments : inDebateOf(query.claim, debate.arguments);
  const ordered = scoped
    .map((a) => ({ view: a, key: { createdAt: new Date(a.createdAt), id: a.id } }))
    .sort((a, b) => compareKeys(a.key, b.key));
  const rest = after === null ? ordered : ordered.filter((a) => isAfterKey(a.key, after));
  const { items, nextCursor } = toPage(rest.slice(0, query.limit + 1), query.limit, (a) => a.key);
  return { arguments: items.map((a) => toApiArgument(a.view)), nextCursor };
}

/** One argument as the API shows it (after a write: the debate as it now stands). */
export async function getArgumentForViewer(viewerId: string, slug: string, argumentId: string): Promise<TApiArgument> {
  const debate = await getDebateForViewer(viewerId, slug);
  const argument = debate.arguments.find((a) => a.id === argumentId);
  if (!argument) throw new AppError('NOT_FOUND', 'No such argument in this essay.');
  return toApiArgument(argument);
}

function toApiArgument(a: TDebateArgumentView): TApiArgument {
  // The debate query already replaced a hidden argument's words with a placeholder.
  return {
    id: a.id,
    text: a.text,
    elaboration: a.elaboration,
    stance: a.stance,
    attackKind: a.attackKind,
    targetClaimId: a.targetClaimId,
    targetArgumentId: a.targetArgumentId,
    author: a.author,
    createdAt: a.createdAt,
    impact: a.impact,
    strength: a.strength,
    base: a.base,
    isHidden: a.isHidden,
    placement: a.placement,
  };
}

/** Arguments about a claim: those answering it and, transitively, those answering them. */
function inDebateOf(claimId: string, all: TDebateArgumentView[]): TDebateArgumentView[] {
  const answers = new Map<string, string[]>();
  for (const a of all) {
    const target = a.targetClaimId ?? a.targetArgumentId;
    if (target !== null) answers.set(target, [...(answers.get(target) ?? []), a.id]);
  }
  // Arguments form a DAG (each points at something older), so this walk ends.
  const included = new Set<string>();
  const queue = [...(answers.get(claimId) ?? [])];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (included.has(id)) continue;
    included.add(id);
    queue.push(...(answers.get(id) ?? []));
  }
  return all.filter((a) => included.has(a.id));
}
