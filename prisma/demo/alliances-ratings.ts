// How the cohort rated the demo essay's claims: one row per claim (its order in revision 1), one
// digit per rater in DEMO_RATERS order (aarav, leila, jonas, priya, kwame, sofia, hana, rohan,
// moderator, owner), 1–5, "-" for "did not rate". Agreement runs from strongly disagree (1) to
// strongly agree (5); evidence from very weak (1) to very strong (5).
//
// The raters have leanings, as a real cohort does: Jonas defends NATO, Priya reads the QUAD from
// Delhi, Leila knows the Gulf, Kwame reads from the Global South, Sofia asks for evidence on
// everything. A few claims are genuinely split (the thesis, NATO and Russia, "binding guarantees
// weaken"), and a couple are rated low enough to land on the author's critique desk.
// The first claim is left unrated: the demo member meets a claim nobody has judged yet.

export type TDemoRatingRow = { order: number; agreement: string; evidence: string };

export const DEMO_RATINGS: TDemoRatingRow[] = [
  { order: 1, agreement: '2432424333', evidence: '2331313333' }, // the system is crowded …
  { order: 2, agreement: '4434525443', evidence: '3323323233' }, // Trust among states is collapsing.
  { order: 3, agreement: '3424424343', evidence: '2222212223' }, // Insecurity is spreading faster …
  { order: 4, agreement: '4344434444', evidence: '3333323333' }, // the paradox is hard to overlook.
  { order: 5, agreement: '2415415233', evidence: '2212312222' }, // the more divided it becomes …
  { order: 6, agreement: '1415415243', evidence: '2313312232' }, // promise deterrence, deliver escalation (split)
  { order: 7, agreement: '3424444443', evidence: '2222212223' }, // fan out faster than trust
  { order: 8, agreement: '4344434444', evidence: '4344434444' }, // designed as barriers against war
  { order: 9, agreement: '5555545555', evidence: '5555555555' }, // NATO in 1949
  { order: 10, agreement: '2222323322', evidence: '3233233333' }, // tense but predictable balance
  { order: 11, agreement: '5444544444', evidence: '4434434444' }, // proliferation of partnerships
  { order: 12, agreement: '4444444444', evidence: '3434333433' }, // mini-laterals
  { order: 13, agreement: '3434434333', evidence: '3333323333' }, // selective partnerships
  { order: 14, agreement: '2323413232', evidence: '2222212222' }, // flexible and inevitably fragile
  { order: 15, agreement: '3435525443', evidence: '2323323333' }, // club membership
  { order: 16, agreement: '2514515233', evidence: '2323412332' }, // NATO failed to stop Russia (split)
  { order: 17, agreement: '4421414344', evidence: '3313313333' }, // AUKUS and QUAD containing China
  { order: 18, agreement: '3533434343', evidence: '3533434343' }, // I2U2 ambiguous
  { order: 19, agreement: '4444444444', evidence: '3434333433' }, // BRICS+ rhetorical
  { order: 20, agreement: '4544424444', evidence: '3533323433' }, // the Middle East's shifting alignments
  { order: 21, agreement: '2322412332', evidence: '2212212222' }, // proxy wars
  { order: 22, agreement: '2323312322', evidence: '3333323333' }, // one simple logic: deterrence
  { order: 23, agreement: '5555455555', evidence: '4444444444' }, // in theory, adversaries think twice
  { order: 24, agreement: '3524424343', evidence: '2322312232' }, // deterrence rarely stops at that
  { order: 25, agreement: '2322412322', evidence: '2212212222' }, // each partnership fuels a counter one
  { order: 26, agreement: '2322413322', evidence: '2212212222' }, // each bloc invites another bloc
  { order: 27, agreement: '3423424343', evidence: '2222212232' }, // multiplying the fissures
  { order: 28, agreement: '3514515234', evidence: '2313312232' }, // eastward expansion, textbook case (split)
  { order: 29, agreement: '4534535444', evidence: '3423423333' }, // shield / threat
  { order: 30, agreement: '4444444444', evidence: '3333323333' }, // recalibration
  { order: 31, agreement: '4544445444', evidence: '4444434444' }, // Moscow-Beijing coordination
  { order: 32, agreement: '3321412332', evidence: '2211212222' }, // QUAD drove China to Pakistan …
  { order: 33, agreement: '4534434443', evidence: '2423212332' }, // the Middle East a hotspot
  { order: 34, agreement: '2322412322', evidence: '1111111212' }, // a domino effect is observed
  { order: 35, agreement: '2322412322', evidence: '2212212222' }, // pacts multiply grudges
  { order: 36, agreement: '1211312212', evidence: '1111111111' }, // now guarantees it (low: on the desk)
  { order: 37, agreement: '3434434343', evidence: '2222212222' }, // inflation of deterrence
  { order: 38, agreement: '2222312322', evidence: '2112112122' }, // the creation of another is assured
  { order: 39, agreement: '3333433333', evidence: '2222222222' }, // the cycle is recurring
  { order: 40, agreement: '3424434343', evidence: '2222212222' }, // promises no one can honour
  { order: 41, agreement: '2322312322', evidence: '1212112222' }, // utopian grounds
  { order: 42, agreement: '1425415132', evidence: '1212212122' }, // binding guarantees weaker (split)
  { order: 43, agreement: '3413424343', evidence: '2312312332' }, // NATO overstretched
  { order: 44, agreement: '3534434343', evidence: '2423312332' }, // Middle East concentrated
  { order: 45, agreement: '4534535444', evidence: '3423423333' }, // transactional guarantees
  { order: 46, agreement: '3424424343', evidence: '2222212232' }, // alliance becomes a liability
  { order: 47, agreement: '3434534343', evidence: '2222212222' }, // illusion of stability
  { order: 48, agreement: '4444444444', evidence: '3333333333' }, // the paradox of our age
  { order: 49, agreement: '3424434333', evidence: '2222212222' }, // the louder states proclaim
  { order: 50, agreement: '2322312322', evidence: '1111111111' }, // fragile since inception
  { order: 51, agreement: '4534545444', evidence: '3323323333' }, // private insurance scheme
  { order: 52, agreement: '3423424333', evidence: '2212212222' }, // no longer hitch, they spiral
  { order: 53, agreement: '1415415242', evidence: '1212212122' }, // alliances set the stage for wars (split)
  { order: 54, agreement: '4545545444', evidence: '3333323333' }, // peace permanently deferred
  { order: 55, agreement: '3424434343', evidence: '2222212222' }, // managed disorder
  { order: 56, agreement: '4545545444', evidence: '2323323333' }, // your bloc versus mine
  { order: 57, agreement: '3425435343', evidence: '2212212222' }, // collective insecurity
  { order: 58, agreement: '3425434343', evidence: '2212212222' }, // peace has quietly drowned
];
