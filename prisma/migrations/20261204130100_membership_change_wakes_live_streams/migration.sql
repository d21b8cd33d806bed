-- Open live streams re-check their viewer's access when a membership of the cohort changes or
-- goes (suspension, removal, role change), whatever code path made the change: this trigger
-- tells listening app instances "cohort:<id>" on the live_access channel, after commit.
-- (Triggers are outside Prisma's schema language, hence a hand-written migration.)
CREATE OR REPLACE FUNCTION counterpoint_notify_membership_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('live_access', 'cohort:' || OLD."cohortId");
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Membership_notify_live_access"
  AFTER UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION counterpoint_notify_membership_change();
