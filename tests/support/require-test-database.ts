// Guard (as dub does): integration tests write freely, so they only run against the fresh
// database the test runner made for this run, never against a developer's own data.
if (!process.env.DATABASE_URL || process.env.COUNTERPOINT_TEST_DB !== '1') {
  throw new Error('Integration tests need the fresh database that `npm test` creates: run them through `npm test`.');
}
