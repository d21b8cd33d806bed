// The fellows of the demo cohort who have already read the demo essay: the voices of its seeded
// discussion. They sign in with the demo password like the accounts in ../demo-data.ts; the demo
// member (member@) stays a newcomer who has written and rated nothing, so blind ratings and empty
// "your notes" states still show as a first-time reader meets them.

export type TFellowKey = 'aarav' | 'leila' | 'jonas' | 'priya' | 'kwame' | 'sofia' | 'hana' | 'rohan';
/** Everyone who speaks in the seeded discussion: the fellows plus the staff and the author of ../demo-data.ts. */
export type TSpeaker = TFellowKey | 'moderator' | 'owner' | 'author';

export const DEMO_FELLOWS: Record<TFellowKey, { email: string; name: string; pseudonym?: string }> = {
  aarav: { email: 'aarav@counterpoint.test', name: 'Aarav Mehta' },
  leila: { email: 'leila@counterpoint.test', name: 'Leila Haddad' },
  jonas: { email: 'jonas@counterpoint.test', name: 'Jonas Richter' },
  priya: { email: 'priya@counterpoint.test', name: 'Priya Raman' },
  kwame: { email: 'kwame@counterpoint.test', name: 'Kwame Asante' },
  sofia: { email: 'sofia@counterpoint.test', name: 'Sofia Marquez' },
  hana: { email: 'hana@counterpoint.test', name: 'Hana Sato' },
  // The cohort allows pseudonyms; this fellow writes under one (members see only "Mandala").
  rohan: { email: 'rohan@counterpoint.test', name: 'Rohan Kapoor', pseudonym: 'Mandala' },
};

/** Who rates the demo essay's claims, in the order of each digit string in ratings.ts. */
export const DEMO_RATERS: readonly TSpeaker[] = [
  'aarav',
  'leila',
  'jonas',
  'priya',
  'kwame',
  'sofia',
  'hana',
  'rohan',
  'moderator',
  'owner',
];
