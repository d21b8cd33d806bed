import { describe, expect, it } from 'vitest';
import { displayNameFor, type TNameContext, type TNamedPerson } from '@/lib/domain/access/display-name';

// Who sees what, written out by hand: viewer standing × the author's membership × cohort setting.
const ZEB: TNamedPerson = { realName: 'Zebediah Realname', pseudonym: 'Quiet Heron', isMember: true, isViewer: false };
const NO_PSEUDONYM: TNamedPerson = { ...ZEB, pseudonym: null };
const LEFT: TNamedPerson = { ...ZEB, pseudonym: null, isMember: false };
const SELF: TNamedPerson = { ...ZEB, isViewer: true };

const cohort = (standing: TNameContext['standing'], allowPseudonyms = true): TNameContext => ({
  standing,
  isCohort: true,
  allowPseudonyms,
});

const CASES: { name: string; context: TNameContext; person: TNamedPerson; expected: string }[] = [
  { name: 'a member sees the pseudonym', context: cohort('MEMBER'), person: ZEB, expected: 'Quiet Heron' },
  { name: 'an author sees the pseudonym', context: cohort('AUTHOR'), person: ZEB, expected: 'Quiet Heron' },
  { name: 'a suspended moderator is no longer staff', context: cohort('SUSPENDED'), person: ZEB, expected: 'Quiet Heron' },
  { name: 'an outsider sees the pseudonym', context: cohort('OUTSIDER'), person: ZEB, expected: 'Quiet Heron' },
  { name: 'a moderator sees both', context: cohort('MODERATOR'), person: ZEB, expected: 'Quiet Heron (Zebediah Realname)' },
  { name: 'an owner sees both', context: cohort('OWNER'), person: ZEB, expected: 'Quiet Heron (Zebediah Realname)' },
  { name: 'you see your own pseudonym, not both', context: cohort('MODERATOR'), person: { ...SELF }, expected: 'Quiet Heron' },
  { name: 'a member without pseudonym is named', context: cohort('MEMBER'), person: NO_PSEUDONYM, expected: 'Zebediah Realname' },
  { name: 'staff see a plain name plainly', context: cohort('OWNER'), person: NO_PSEUDONYM, expected: 'Zebediah Realname' },
  {
    name: 'a pseudonym is void while the cohort disallows them',
    context: cohort('MEMBER', false),
    person: ZEB,
    expected: 'Zebediah Realname',
  },
  { name: 'your own name, pseudonyms off', context: cohort('MEMBER', false), person: SELF, expected: 'Zebediah Realname' },
  { name: 'someone who left is not named to members', context: cohort('MEMBER'), person: LEFT, expected: 'Former member' },
  { name: 'staff see who left', context: cohort('MODERATOR'), person: LEFT, expected: 'Former member (Zebediah Realname)' },
  {
    name: 'public essays use real names',
    context: { standing: 'PARTICIPANT', isCohort: false, allowPseudonyms: false },
    person: LEFT,
    expected: 'Zebediah Realname',
  },
  {
    name: 'signed-out readers of public essays too',
    context: { standing: 'ANONYMOUS', isCohort: false, allowPseudonyms: false },
    person: LEFT,
    expected: 'Zebediah Realname',
  },
];

describe('displayNameFor', () => {
  it.each(CASES)('$name', ({ context, person, expected }) => {
    expect(displayNameFor(context, person)).toBe(expected);
  });
});
