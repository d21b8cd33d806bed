-- Issue 14: each essay's opinion groups (lib/domain/opinion) are computed off the request path
-- and kept here: the result JSON, which ratings it saw (computedVersion against ratingsVersion)
-- and for which revision (its claims). A rating write bumps ratingsVersion through the trigger
-- below, whatever path wrote it (pages, /api/v1, imports, the seed), so a reader can tell a stale
-- result without counting ratings. The row is made by the first computation; until then there is
-- nothing to bump, and the first computation inserts it before it reads any rating.

-- CreateTable
CREATE TABLE "OpinionMap" (
    "essayId" TEXT NOT NULL,
    "ratingsVersion" INTEGER NOT NULL DEFAULT 0,
    "computedVersion" INTEGER,
    "revisionId" TEXT,
    "result" JSONB,
    "computedAt" TIMESTAMP(3),

    CONSTRAINT "OpinionMap_pkey" PRIMARY KEY ("essayId")
);

-- AddForeignKey
ALTER TABLE "OpinionMap" ADD CONSTRAINT "OpinionMap_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Only AGREEMENT ratings place members, and only a change of value moves anyone (re-rating the
-- same value just touches updatedAt). An UPDATE, never an INSERT: when an essay is deleted its
-- ratings go in the same cascade, and updating a row that is gone does nothing.
CREATE OR REPLACE FUNCTION counterpoint_bump_opinion_ratings_version() RETURNS trigger AS $$
DECLARE
  changed "Rating";
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF changed.dimension = 'AGREEMENT' THEN
    UPDATE "OpinionMap" SET "ratingsVersion" = "ratingsVersion" + 1
     WHERE "essayId" = (SELECT c."essayId" FROM "Claim" c WHERE c.id = changed."claimId");
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Rating_bump_opinion_version"
  AFTER INSERT OR DELETE ON "Rating"
  FOR EACH ROW EXECUTE FUNCTION counterpoint_bump_opinion_ratings_version();

CREATE TRIGGER "Rating_bump_opinion_version_on_change"
  AFTER UPDATE OF value ON "Rating"
  FOR EACH ROW WHEN (OLD.value IS DISTINCT FROM NEW.value)
  EXECUTE FUNCTION counterpoint_bump_opinion_ratings_version();
