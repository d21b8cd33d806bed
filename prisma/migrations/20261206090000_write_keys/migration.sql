-- Issue 13 (left over): a create sent with an Idempotency-Key header records the key in the same
-- transaction as what it made, so a client that retries after a lost answer gets that resource
-- back instead of a second copy.
-- CreateTable
CREATE TABLE "WriteKey" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WriteKey_pkey" PRIMARY KEY ("userId","key")
);

-- AddForeignKey
ALTER TABLE "WriteKey" ADD CONSTRAINT "WriteKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
