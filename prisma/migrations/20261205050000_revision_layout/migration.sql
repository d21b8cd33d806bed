-- Markdown essays keep their block structure (lists, quotations), inline links and emphasis, and
-- footnotes as a layout beside the plain canonical text, so claims keep exact offsets into text
-- that holds no markup. Null for essays with only paragraphs and headings.
-- AlterTable
ALTER TABLE "EssayRevision" ADD COLUMN     "layout" JSONB;
