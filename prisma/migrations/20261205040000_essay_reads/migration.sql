-- Issue 12, the cohort home: how many members have read each essay. One row per person and
-- essay, upserted by the reader's beacon (never by a page GET); an index on (essayId, authorId)
-- lets the home count each essay's distinct annotators in one grouped statement.

-- CreateTable
CREATE TABLE "EssayRead" (
    "essayId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstReadAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReadAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EssayRead_pkey" PRIMARY KEY ("essayId","userId")
);

-- CreateIndex
CREATE INDEX "EssayRead_userId_idx" ON "EssayRead"("userId");

-- CreateIndex
CREATE INDEX "Annotation_essayId_authorId_idx" ON "Annotation"("essayId", "authorId");

-- AddForeignKey
ALTER TABLE "EssayRead" ADD CONSTRAINT "EssayRead_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayRead" ADD CONSTRAINT "EssayRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


