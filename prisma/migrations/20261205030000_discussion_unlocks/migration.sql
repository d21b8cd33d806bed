-- Issue 12, reading settings: "post before you see" records when a member has posted their first
-- note on an essay (DiscussionUnlock, kept when the note is deleted, like RatingReveal), and
-- a settings change appends an essay event with no note so open readers reload.
-- AlterTable
ALTER TABLE "EssayEvent" ALTER COLUMN "annotationId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DiscussionUnlock" (
    "essayId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscussionUnlock_pkey" PRIMARY KEY ("essayId","userId")
);

-- AddForeignKey
ALTER TABLE "DiscussionUnlock" ADD CONSTRAINT "DiscussionUnlock_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionUnlock" ADD CONSTRAINT "DiscussionUnlock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


