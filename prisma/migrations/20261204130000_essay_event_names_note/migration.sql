-- The live feed kept a copy of each note as it was written, so replaying it (since=0 or an old
-- Last-Event-ID) gave back words later edited away, hidden or deleted. Events now name the note
-- only; the stream reads its current state for the viewer. Existing copies are dropped here.
ALTER TABLE "EssayEvent" ADD COLUMN "annotationId" TEXT;
UPDATE "EssayEvent" SET "annotationId" = "payload" -> 'annotation' ->> 'id';
DELETE FROM "EssayEvent" WHERE "annotationId" IS NULL;
ALTER TABLE "EssayEvent" ALTER COLUMN "annotationId" SET NOT NULL;
ALTER TABLE "EssayEvent" DROP COLUMN "payload";
