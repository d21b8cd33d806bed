-- Issue 12: an owner invites an essay's author with a link that, on joining, links the account as
-- THAT essay's author (Essay.authorUserId). The invite names the essay; deleting the essay removes it.
-- AlterTable
ALTER TABLE "CohortInvite" ADD COLUMN     "essayId" TEXT;

-- CreateIndex
CREATE INDEX "CohortInvite_essayId_idx" ON "CohortInvite"("essayId");

-- AddForeignKey
ALTER TABLE "CohortInvite" ADD CONSTRAINT "CohortInvite_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;


