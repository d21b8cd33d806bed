-- CreateTable
CREATE TABLE "CohortSanction" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "suspendedUntil" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortSanction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CohortSanction_cohortId_userId_key" ON "CohortSanction"("cohortId", "userId");

-- AddForeignKey
ALTER TABLE "CohortSanction" ADD CONSTRAINT "CohortSanction_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortSanction" ADD CONSTRAINT "CohortSanction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Carry today's suspensions over, so members suspended before this table existed stay suspended
-- if they leave and rejoin.
INSERT INTO "CohortSanction" ("id", "cohortId", "userId", "suspendedUntil")
SELECT 'sanction-' || "id", "cohortId", "userId", "suspendedUntil" FROM "Membership"
WHERE "suspendedUntil" IS NOT NULL AND "suspendedUntil" > CURRENT_TIMESTAMP;
