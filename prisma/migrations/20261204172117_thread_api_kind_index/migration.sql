-- The thread API's kind filter (issue 11): an essay's roots of one motivation in document order,
-- so a rare kind is a range of the index rather than a filter over every note of the essay.
CREATE INDEX "Annotation_essayId_motivation_start_end_createdAt_id_idx" ON "Annotation"("essayId", "motivation", "start", "end", "createdAt", "id");
