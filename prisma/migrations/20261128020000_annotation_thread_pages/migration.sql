-- CreateIndex
CREATE INDEX "Annotation_essayId_parentId_createdAt_id_idx" ON "Annotation"("essayId", "parentId", "createdAt", "id");


