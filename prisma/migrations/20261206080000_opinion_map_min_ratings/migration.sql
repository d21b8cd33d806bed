-- Issue 14: how many of an essay's claims a viewer rates before the opinion map shows them groups.
ALTER TABLE "Essay" ADD COLUMN "opinionMapMinRatings" INTEGER NOT NULL DEFAULT 5;
ALTER TABLE "Essay" ADD CONSTRAINT "Essay_opinionMapMinRatings_range" CHECK ("opinionMapMinRatings" BETWEEN 1 AND 50);
