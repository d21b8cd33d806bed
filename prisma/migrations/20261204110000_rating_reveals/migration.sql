-- CreateTable
CREATE TABLE "RatingReveal" (
    "userId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "dimension" "RatingDimension" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingReveal_pkey" PRIMARY KEY ("userId","claimId","dimension")
);

-- AddForeignKey
ALTER TABLE "RatingReveal" ADD CONSTRAINT "RatingReveal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingReveal" ADD CONSTRAINT "RatingReveal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Everyone who has rated has seen that axis's distribution already.
INSERT INTO "RatingReveal" ("userId", "claimId", "dimension", "createdAt")
SELECT "userId", "claimId", "dimension", "createdAt" FROM "Rating"
ON CONFLICT DO NOTHING;
