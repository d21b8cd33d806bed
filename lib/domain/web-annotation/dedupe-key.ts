// How an import recognises a note the essay already has. Authors are left out on purpose:
// imports are attributed to the importer, so the same file imported by someone else must still
// find its notes already there. Withheld (deleted or hidden) notes match only each other.

const SEPARATOR = '\u0000';

/**
 * Key of a thread's first note: motivation, the quoted text, where it anchors now (UTF-16 start
 * in the current revision; null for orphans), its body and tags.
 *
 * @example
 * rootKey({ motivation: 'COMMENTING', exact: 'peace', start: 120, body: 'Whose?', tags: [], isWithheld: false });
 */
export function rootKey(note: {
  motivation: string;
  exact: string;
  start: number | null;
  body: string;
  tags: readonly string[];
  isWithheld: boolean;
}): string {
  const words = note.isWithheld ? ['withheld'] : ['live', note.body, [...note.tags].sort().join(SEPARATOR)];
  return ['root', note.motivation, note.exact, note.start ?? 'orphan', ...words].join(SEPARATOR);
}

/** Key of a reply: the note it answers (its id in this essay) and its body. */
export function replyKey(parentId: string, note: { body: string; isWithheld: boolean }): string {
  return ['reply', parentId, ...(note.isWithheld ? ['withheld'] : ['live', note.body])].join(SEPARATOR);
}
