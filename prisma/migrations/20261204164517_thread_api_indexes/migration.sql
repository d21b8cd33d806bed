-- The thread API (GET /api/essays/<slug>/threads, issue 11) pages an essay's threads by keyset.
-- Anchored tab: document order (start, end, createdAt, id); replies have no start and sort last.
CREATE INDEX "Annotation_essayId_start_end_createdAt_id_idx" ON "Annotation"("essayId", "start", "end", "createdAt", "id");
-- Orphaned tab: newest first within the essay's orphans.
CREATE INDEX "Annotation_essayId_anchorStatus_createdAt_id_idx" ON "Annotation"("essayId", "anchorStatus", "createdAt", "id");
-- The tag filter: tags @> ARRAY[tag].
CREATE INDEX "Annotation_tags_idx" ON "Annotation" USING GIN ("tags");
