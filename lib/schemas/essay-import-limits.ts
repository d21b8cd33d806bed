// The numbers and choices of adding an essay to a cohort, without zod, so the form (a client
// component) can use them as values; lib/schemas/essay-import.ts re-exports them.

/** Largest upload: a long essay as .docx with its styles is well under 1 MB; 5 MB leaves room. */
export const MAX_ESSAY_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The request as a whole: the file plus the multipart framing and the form's few fields. */
export const MAX_ADD_ESSAY_BODY_BYTES = MAX_ESSAY_UPLOAD_BYTES + 64 * 1024;
/** Pasted text: the parser's own limit (MAX_ESSAY_CHARS in lib/domain/essay). */
export const MAX_PASTED_ESSAY_CHARS = 1_000_000;
export const MAX_ESSAY_TITLE_CHARS = 200;
export const MAX_ESSAY_AUTHOR_CHARS = 120;
/** The file types the upload takes, by extension (what people know their files by). */
export const ESSAY_UPLOAD_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;
/** A fetched web page: larger is not one article (the server stops reading past it). */
export const MAX_ARTICLE_PAGE_BYTES = 5 * 1024 * 1024;
/** The whole fetch of a web page, every redirect and the body included. */
export const ARTICLE_FETCH_TIMEOUT_MS = 10_000;
/** Redirects followed, each checked like the first address. */
export const MAX_ARTICLE_REDIRECTS = 5;
