-- Issue 12: essays imported from the web start as drafts their cohort's staff check before
-- publishing, and each essay gets reading settings (closed, a discussion window, post before you see).
-- Every existing essay was published when it was created.
-- CreateEnum
CREATE TYPE "EssayStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DiscussionState" AS ENUM ('OPEN', 'CLOSED');

-- AlterTable
ALTER TABLE "Essay" ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "discussion" "DiscussionState" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "opensAt" TIMESTAMP(3),
ADD COLUMN     "postBeforeSee" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "EssayStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AddForeignKey
ALTER TABLE "Essay" ADD CONSTRAINT "Essay_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


UPDATE "Essay" SET "publishedAt" = "createdAt" WHERE "status" = 'PUBLISHED';
