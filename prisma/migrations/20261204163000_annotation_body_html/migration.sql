-- A note's Markdown is rendered and sanitized once, when it is written, not on every view.
-- bodyHtmlVersion says which renderer configuration made bodyHtml (MARKDOWN_RENDERER_VERSION in
-- lib/server/markdown/render-markdown.ts). Existing rows start at 0, i.e. stale: the start-up step
-- (refreshStaleNoteHtml) re-renders them, and until it has, reads render them on the fly.
ALTER TABLE "Annotation" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Annotation" ADD COLUMN "bodyHtmlVersion" INTEGER NOT NULL DEFAULT 0;
