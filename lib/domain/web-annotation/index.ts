// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export and import, over plain data.
//
// Decisions (the "why" someone will ask about):
// - Positions in documents are Unicode code points (§4.2.5); Counterpoint stores UTF-16 offsets.
//   Export converts against the text of the revision the selectors describe; import converts
//   against the essay's current text. Hypothesis positions are read as code points too (what the
//   model says, though its client counts UTF-16): they are hints, the quote decides where a note lands.
// - An export is an AnnotationCollection with `total`, its first page embedded and further pages
//   at `?page=N` (0-based, 100 per page); `?page=all` embeds every annotation in one page, a
//   stand-alone file for download and re-import.
// - Deleted and hidden notes lose their words: one is exported (no body, no tags, `cp:withheld`)
//   only when a visible reply hangs under it, so threads keep their shape; a withheld leaf is left out.
//   Import turns such a placeholder into a deleted note, so the thread keeps its shape again.
// - Imported notes are written by the importer (their original creator is not stored); their
//   `created` date is kept (never later than now). Notes are re-anchored in the current text: what
//   cannot be found is kept as ORPHANED with its quote. Duplicates (see dedupe-key.ts) are skipped,
//   so importing a file twice adds nothing. The same note repeated in one file is skipped before
//   it is anchored; identical selectors are anchored once. Replies find their parent in the file (by id, Hypothesis
//   `references`) or in the essay (by its IRI); replies with no parent, or into a locked thread, are
//   counted as `skipped`. No notifications are sent for imported replies.
export { utf16ToCodePoints, codePointsToUtf16, offsetConverter } from './code-points';
export type { TOffsetConverter } from './code-points';
export { toWebAnnotation } from './to-web-annotation';
export { toAnnotationCollection, toAnnotationPage, pageSlice } from './to-annotation-collection';
export type { TCollectionMeta, TExportPage } from './to-annotation-collection';
export { fromWebAnnotation, WebAnnotationImportError } from './from-web-annotation';
export { fromHypothesisRow } from './from-hypothesis-row';
export { rootKey, replyKey } from './dedupe-key';
export {
  ANNO_CONTEXT,
  CP_NAMESPACE,
  EXPORT_PAGE_SIZE,
  WEB_ANNOTATION_CONTENT_TYPE,
  WEB_ANNOTATION_CONTEXT,
  W3C_MOTIVATION,
  irisFor,
  motivationFromW3c,
} from './vocabulary';
export type { TIris, TMotivation } from './vocabulary';
export type * from './types';
export { importTarget, placeRoot, planImport, rootsToPlace } from './plan-import';
export type { TExistingNote, TImportPlan, TImportTarget, TPlace, TPlannedNote } from './plan-import';
