-- The moderation ledger is append-only: members read it as the record of what moderators did,
-- so no one — not even the app with a bug — may rewrite or erase an entry.
-- (Triggers are outside Prisma's schema language, hence a hand-written migration.)
CREATE OR REPLACE FUNCTION counterpoint_refuse_ledger_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'The moderation ledger is append-only: % is not allowed on "ModerationAction".', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ModerationAction_append_only"
  BEFORE UPDATE OR DELETE ON "ModerationAction"
  FOR EACH STATEMENT EXECUTE FUNCTION counterpoint_refuse_ledger_change();
