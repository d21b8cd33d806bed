// The author's answers on her critique desk, one of each kind, and where each critique stands
// with the person who raised it. The "revised" answer rewords a claim: the seed makes that
// revision through the same service the desk uses, so the notes on the essay re-anchor and the
// responses page shows the word diff. Critiques name a note or an argument by key, or a claim by
// its order in revision 1 (a low-rated claim, which has no single critic).
import type { TSpeaker } from './people';

export type TDemoResponse = {
  status: 'ACKNOWLEDGED' | 'CONCEDED' | 'DISPUTED' | 'CLARIFIED' | 'REVISED';
  critique: { note: string } | { argument: string } | { claim: number };
  body: string;
  hoursAgo: number;
  /** What the critic did with the answer (a claim critique has no critic and stays OPEN). */
  critiqueState: 'OPEN' | 'ACCEPTED' | 'REOPENED';
  /** For REVISED: the claim (order in revision 1) and its new wording. */
  revision?: { claim: number; text: string };
  by: TSpeaker;
};

export const DEMO_REVISION = {
  claim: 36,
  from: 'What was meant to freeze conflicts from escalating now guarantees it.',
  to: 'What was meant to freeze conflicts from escalating now too often feeds them.',
};

export const DEMO_RESPONSES: TDemoResponse[] = [
  {
    status: 'REVISED',
    by: 'author',
    critique: { argument: 'korea-armistice' },
    body: '"Guarantees" was too strong, and Korea shows it. I have reworded the claim: the spiral makes escalation more likely, it does not make it certain.',
    hoursAgo: 96,
    critiqueState: 'ACCEPTED',
    revision: { claim: DEMO_REVISION.claim, text: DEMO_REVISION.to },
  },
  {
    status: 'CONCEDED',
    by: 'author',
    critique: { note: 'nato-failed-russia' },
    body: 'Conceded: NATO has not failed at its own job, and the sentence reads as if it had. What I mean is that it failed to deter Russia from attacking its neighbours, and I will say exactly that.',
    hoursAgo: 92,
    critiqueState: 'ACCEPTED',
  },
  {
    status: 'DISPUTED',
    by: 'author',
    critique: { argument: 'accession-by-request' },
    body: 'I do not deny that Poland and the Baltic states chose to join, and they had every reason to. But the claim is about how Moscow read the result, and their choice does not change that reading.',
    hoursAgo: 88,
    critiqueState: 'REOPENED',
  },
  {
    status: 'CLARIFIED',
    by: 'author',
    critique: { note: 'binding-weaker' },
    body: 'By "binding" I meant binding on paper: commitments written in ever more places without more forces behind them. Troops on the ground are the exception that proves the point.',
    hoursAgo: 84,
    critiqueState: 'OPEN',
  },
  {
    status: 'ACKNOWLEDGED',
    by: 'author',
    critique: { claim: 34 },
    body: 'Noted: the cohort rates this claim low, and Sofia points to the ATOP data. I will check the count of new defence agreements per year before I defend the "domino effect" again.',
    hoursAgo: 80,
    critiqueState: 'OPEN',
  },
];
