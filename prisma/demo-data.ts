// The demo the seed creates and the README lists. Kept apart from the seed so tests import it.
export const DEMO_PASSWORD = 'counterpoint-demo';

export const DEMO_USERS = {
  member: { email: 'member@counterpoint.test', name: 'Mira Member', role: 'MEMBER' },
  moderator: { email: 'moderator@counterpoint.test', name: 'Dev Moderator', role: 'MODERATOR' },
  author: { email: 'author@counterpoint.test', name: 'Tashvi Chawla', role: 'AUTHOR' },
  owner: { email: 'owner@counterpoint.test', name: 'Omar Owner', role: 'OWNER' },
  outsider: { email: 'outsider@counterpoint.test', name: 'Olive Outsider', role: null },
} as const;

export const DEMO_COHORT = {
  slug: 'dfpgyf-cohort-2',
  name: 'DFPGYF Fellowship — Cohort 2.0',
  description: 'Diplomacy, Foreign Policy & Geopolitics Youth Fellowship: reading group.',
};

export const DEMO_ESSAY = {
  slug: 'so-many-alliances',
  // The file names no title: this one is drawn from its first sentence ("…so many alliances yet so little global peace").
  title: 'So Many Alliances, So Little Peace',
  file: 'tests/fixtures/essays/alliances.txt',
  sourceName: 'IMPRI',
  sourceUrl: 'https://www.impriindia.com/',
};

/** The second demo essay: a short Markdown piece with lists, a quotation, links and footnotes. */
export const DEMO_MARKDOWN_ESSAY = {
  slug: 'the-case-for-boring-diplomacy',
  title: 'The Case for Boring Diplomacy',
  file: 'prisma/demo/essays/boring-diplomacy.md',
};
