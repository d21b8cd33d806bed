// The seeded notes on the demo essay ("So Many Alliances, So Little Peace"): what a fellowship
// cohort wrote in its first week with the piece. Each root note quotes the essay exactly (the
// quote must occur once in revision 1); replies follow in the order written. `hoursAgo` dates
// them back from the moment of seeding, so the threads read like a week of conversation.
//
// Spans that the end-to-end specs annotate themselves are left alone (claims 3–6, 10, 15, 20,
// 27 as numbered on the page), so their highlights stay exactly theirs.
import type { TSpeaker } from './people';

export type TDemoReply = { by: TSpeaker; hoursAgo: number; body: string };
export type TDemoNote = {
  key: string;
  by: TSpeaker;
  quote: string;
  motivation: 'COMMENTING' | 'QUESTIONING';
  tags?: string[];
  hoursAgo: number;
  body: string;
  replies?: TDemoReply[];
};

export const DEMO_NOTES: TDemoNote[] = [
  {
    key: 'headline-paradox',
    by: 'sofia',
    quote: 'so many alliances yet so little global peace',
    motivation: 'QUESTIONING',
    tags: ['evidence', 'framing'],
    hoursAgo: 236,
    body: 'Is this true as a matter of record? The share of states in a formal defence pact was arguably higher in the 1960s than today, and battle deaths per capita were far higher then. The opening needs a baseline before it can be a paradox.',
    replies: [
      {
        by: 'kwame',
        hoursAgo: 230,
        body: 'I read it as rhetoric, not a statistic. The *felt* crowding is new: more formats, more summits, more acronyms, and at the same time more active wars than any year since 1945 (UCDP counts state-based conflicts, not deaths).',
      },
      {
        by: 'sofia',
        hoursAgo: 228,
        body: 'Fair, but then the essay should say "more conflicts" rather than "so little peace". Counting conflicts and counting deaths give opposite trends.',
      },
      {
        by: 'author',
        hoursAgo: 200,
        body: 'The claim is about the number of active conflicts, yes. I will think about adding the UCDP figure in a footnote.',
      },
    ],
  },
  {
    key: 'brics-is-not-an-alliance',
    by: 'aarav',
    quote: 'NATO, AUKUS, QUAD, BRICS+, I2U2',
    motivation: 'COMMENTING',
    tags: ['definitions'],
    hoursAgo: 234,
    body: 'Only one item on this list is a security alliance in the treaty sense. AUKUS is a technology pact, QUAD a consultative format, BRICS+ an economic club and I2U2 a business forum. Lumping them together makes the "crowding" look bigger than it is.',
    replies: [
      {
        by: 'priya',
        hoursAgo: 226,
        body: 'Agreed on BRICS+ and I2U2. QUAD is murkier: the Malabar exercises are military, even if there is no mutual-defence clause.',
      },
      {
        by: 'rohan',
        hoursAgo: 219,
        body: 'Mandala here: I think the author means *alignments* rather than alliances. Kautilya would have recognised every one of these as a circle of states arranging itself against a neighbour.',
      },
      {
        by: 'aarav',
        hoursAgo: 211,
        body: 'Then the thesis changes: "too many alignments" is a much weaker claim than "too many alliances".',
      },
    ],
  },
  {
    key: 'trust-faster',
    by: 'hana',
    quote: 'fan out faster than trust can',
    motivation: 'COMMENTING',
    tags: ['framing'],
    hoursAgo: 225,
    body: 'My favourite phrase in the piece. It suggests the problem is *sequencing* (pacts before confidence-building), not alliances as such. That is a more defensible thesis than the one in the headline.',
    replies: [
      {
        by: 'jonas',
        hoursAgo: 221,
        body: 'The OSCE was built exactly for that sequencing problem in Europe, and it is now mostly paralysed. Worth a sentence on why.',
      },
    ],
  },
  {
    key: 'barriers-logic',
    by: 'jonas',
    quote: 'posing as barriers against war',
    motivation: 'COMMENTING',
    tags: ['history'],
    hoursAgo: 222,
    body: '"Posing" is doing a lot of work: it implies alliances only pretend to deter. The historical record is mixed, but the Article 5 record is not. No NATO member has been invaded since 1949.',
    replies: [
      {
        by: 'kwame',
        hoursAgo: 218,
        body: 'Survivorship, though: we cannot observe the invasions that would have happened anyway, or not.',
      },
      {
        by: 'jonas',
        hoursAgo: 216,
        body: 'True for any deterrence claim. But the essay cannot have it both ways: if we cannot observe deterrence working, we cannot observe it failing either.',
      },
    ],
  },
  {
    key: 'cold-war-predictable',
    by: 'leila',
    quote: 'a tense but predictable balance',
    motivation: 'QUESTIONING',
    tags: ['history'],
    hoursAgo: 214,
    body: 'Predictable for whom? The Cold War was stable in Europe and very hot in Korea, Vietnam, Angola and Afghanistan. The bipolar balance exported its wars to the periphery.',
    replies: [
      {
        by: 'rohan',
        hoursAgo: 207,
        body: 'Which is, oddly, the essay’s own argument about proxy wars later on. The Cold War section and the proxy-war section contradict each other unless this sentence is qualified.',
      },
      {
        by: 'author',
        hoursAgo: 180,
        body: 'Good catch. I meant predictable between the two blocs; the periphery paid for it. I will say so.',
      },
    ],
  },
  {
    key: 'two-poles',
    by: 'priya',
    quote: 'instead of two poles, the world saw a proliferation of flexible and issue-based partnerships',
    motivation: 'COMMENTING',
    tags: ['history', 'indo-pacific'],
    hoursAgo: 210,
    body: 'India is the best case for this sentence: strategic partnerships with the US, Russia, France, Japan and the Gulf at once, with no treaty obligations to any of them. Multi-alignment is a choice, not a collapse.',
    replies: [
      {
        by: 'aarav',
        hoursAgo: 205,
        body: 'And it works precisely because none of them is an alliance. Which cuts against the essay: the flexible partnerships are the ones that de-escalate.',
      },
    ],
  },
  {
    key: 'club-membership',
    by: 'kwame',
    quote: 'club membership rather than universal protection',
    motivation: 'COMMENTING',
    tags: ['global-south'],
    hoursAgo: 206,
    body: 'This is the sentence that lands hardest from where I sit. For most of Africa, "security architecture" means who gets invited to which summit. Universal protection was the UN Charter’s promise and it was never kept.',
    replies: [
      {
        by: 'sofia',
        hoursAgo: 199,
        body: 'Was it ever on offer, though? Collective security under the Charter depends on the P5 agreeing; "universal protection" was always conditional on great-power unanimity.',
      },
      {
        by: 'kwame',
        hoursAgo: 196,
        body: 'Which is my point: the clubs are a symptom of the Security Council’s failure, not its cause.',
      },
    ],
  },
  {
    key: 'nato-failed-russia',
    by: 'jonas',
    quote: 'it has failed to stop Russia',
    motivation: 'QUESTIONING',
    tags: ['nato', 'evidence'],
    hoursAgo: 203,
    body: 'Failed to stop Russia from doing what? Russia invaded Ukraine, a non-member. It has not attacked a NATO member. By the alliance’s own mandate, that is the test it passed.',
    replies: [
      {
        by: 'leila',
        hoursAgo: 198,
        body: 'The mandate is narrow, but the essay is about peace, not about NATO’s mandate. Europe is not at peace.',
      },
      {
        by: 'rohan',
        hoursAgo: 190,
        body: 'Both of you are right, which means the sentence is ambiguous. "Failed to deter Russia from attacking its neighbours" would be fair; "failed to stop Russia" reads as failed at its own job.',
      },
      {
        by: 'jonas',
        hoursAgo: 187,
        body: 'I would accept that wording.',
      },
    ],
  },
  {
    key: 'aukus-containing',
    by: 'priya',
    quote: 'clearly aim at containing China',
    motivation: 'COMMENTING',
    tags: ['indo-pacific'],
    hoursAgo: 201,
    body: '"Clearly" needs a source. The QUAD’s joint statements have carefully avoided naming China since 2021, and India in particular would reject "containment" as a description of its policy.',
    replies: [
      {
        by: 'hana',
        hoursAgo: 195,
        body: 'Tokyo’s documents are more candid: the 2022 National Security Strategy calls China "the greatest strategic challenge". So it depends which member you read.',
      },
      {
        by: 'priya',
        hoursAgo: 188,
        body: 'Exactly, and that difference between members is the story. The QUAD is not one actor with one aim.',
      },
    ],
  },
  {
    key: 'i2u2-ambiguous',
    by: 'leila',
    quote: 'leaving the security aspect completely ambiguous',
    motivation: 'COMMENTING',
    tags: ['middle-east'],
    hoursAgo: 197,
    body: 'The ambiguity is deliberate. I2U2 was designed as food-and-energy cooperation so the UAE and India could work with Israel without signing anything that looks like a defence pact.',
    replies: [
      {
        by: 'sofia',
        hoursAgo: 192,
        body: 'Then it is not evidence of alliance failure at all: it was never meant to be a security alliance.',
      },
    ],
  },
  {
    key: 'proxy-wars',
    by: 'rohan',
    quote: 'leaving plenty room for proxy wars',
    motivation: 'QUESTIONING',
    tags: ['causation'],
    hoursAgo: 193,
    body: 'Do proxy wars need alliances, or do they need *the absence* of them? Yemen’s war grew in a space no alliance covered. The causal arrow might point the other way.',
    replies: [
      {
        by: 'leila',
        hoursAgo: 186,
        body: 'Yemen is a good test. The Saudi-led coalition was an ad-hoc alliance and it made the war longer. Iran’s network is an alliance of a kind too, just not with states.',
      },
      {
        by: 'rohan',
        hoursAgo: 181,
        body: 'So both: gaps invite proxies, and coalitions prolong what follows. That is a better sentence than the one in the essay.',
      },
    ],
  },
  {
    key: 'one-simple-logic',
    by: 'sofia',
    quote: 'born out of one simple logic: Deterrence',
    motivation: 'QUESTIONING',
    tags: ['definitions'],
    hoursAgo: 189,
    body: 'Alliances are also formed for reassurance, for restraint (keeping an ally from doing something reckless) and for status. "Tethering" is a well-known motive. Reducing them to deterrence makes the spiral argument easier than it should be.',
    replies: [
      {
        by: 'hana',
        hoursAgo: 183,
        body: 'The US-Japan alliance is half restraint: it was built partly so Japan would not need to rearm on its own.',
      },
    ],
  },
  {
    key: 'think-twice',
    by: 'aarav',
    quote: 'potential adversaries would think twice before striking',
    motivation: 'COMMENTING',
    tags: ['theory'],
    hoursAgo: 185,
    body: 'This is deterrence by punishment. The essay never mentions deterrence by denial, which is what most of the new Indo-Pacific arrangements are about (making an invasion fail, not threatening retaliation).',
  },
  {
    key: 'rarely-stops',
    by: 'kwame',
    quote: 'deterrence rarely stops at that',
    motivation: 'COMMENTING',
    tags: ['security-dilemma'],
    hoursAgo: 182,
    body: 'This is Jervis’s security dilemma in one line: what one side builds for defence, the other reads as offence. It would help to name it, because then readers can look up forty years of argument about when it applies.',
    replies: [
      {
        by: 'aarav',
        hoursAgo: 176,
        body: 'And Jervis’s point was that it applies *less* when defence and offence can be told apart. Much of what the essay calls escalation is exactly where they cannot.',
      },
    ],
  },
  {
    key: 'partnership-fuels',
    by: 'leila',
    quote: 'Each partnership fuels a counter one',
    motivation: 'QUESTIONING',
    tags: ['causation', 'evidence'],
    hoursAgo: 179,
    body: 'Each one? The Abraham Accords did not produce a counter-pact; Iran’s ties to Russia predate them. Some partnerships fuel counter ones, some do not. Which is the rule?',
    replies: [
      {
        by: 'priya',
        hoursAgo: 172,
        body: 'A counter-example from my side: ASEAN’s outlook on the Indo-Pacific was a response to the QUAD, and it is a deliberately non-military one.',
      },
    ],
  },
  {
    key: 'textbook-case',
    by: 'jonas',
    quote: 'classic textbook case',
    motivation: 'COMMENTING',
    tags: ['nato'],
    hoursAgo: 175,
    body: 'It is a textbook case in the sense that the textbooks disagree about it. Mearsheimer’s "Why the Ukraine crisis is the West’s fault" and the replies to it are the debate; the essay takes one side as settled.',
    replies: [
      {
        by: 'rohan',
        hoursAgo: 170,
        body: 'Textbook in the other sense too: every seminar I have taken used it. That is not the same as it being right.',
      },
      {
        by: 'kwame',
        hoursAgo: 166,
        body: 'I think the author can keep the example and drop "classic". The case is contested, and saying so makes the essay stronger.',
      },
    ],
  },
  {
    key: 'shield-threat',
    by: 'hana',
    quote: 'What Europe structured as a shield, Russia read as a threat.',
    motivation: 'COMMENTING',
    tags: ['nato', 'framing'],
    hoursAgo: 171,
    body: 'The best sentence of the section. It states the security dilemma without assigning blame, which the next paragraph then does anyway.',
  },
  {
    key: 'recalibration',
    by: 'sofia',
    quote: 'The response has not been to recoil but recalibration.',
    motivation: 'QUESTIONING',
    hoursAgo: 168,
    body: 'Whose response? The paragraph switches from Russia to China without saying so.',
    replies: [
      {
        by: 'author',
        hoursAgo: 150,
        body: 'Russia’s, and then China’s. I agree the subject should be explicit.',
      },
    ],
  },
  {
    key: 'driven-china',
    by: 'priya',
    quote: 'its posture has driven China towards dense security understandings with Pakistan, Russia and Iran',
    motivation: 'QUESTIONING',
    tags: ['indo-pacific', 'causation'],
    hoursAgo: 164,
    body: 'China’s ties to Pakistan go back to the 1960s, decades before the QUAD. The timeline does not support "driven".',
    replies: [
      {
        by: 'rohan',
        hoursAgo: 160,
        body: 'The Pakistan tie is old; the Russia and Iran ties did deepen after 2017. Half the sentence survives.',
      },
      {
        by: 'hana',
        hoursAgo: 157,
        body: 'And after 2022 the Russia tie deepened for reasons that have nothing to do with the QUAD.',
      },
    ],
  },
  {
    key: 'domino',
    by: 'kwame',
    quote: 'A domino effect of alliances is observed.',
    motivation: 'QUESTIONING',
    tags: ['evidence'],
    hoursAgo: 160,
    body: 'Observed by whom? This is the place for a chart or a study: the number of new defence agreements per year would make or break this claim.',
    replies: [
      {
        by: 'sofia',
        hoursAgo: 154,
        body: 'The ATOP dataset (Alliance Treaty Obligations and Provisions) has exactly that count through 2018. The trend is flat, as far as I remember.',
      },
    ],
  },
  {
    key: 'guarantees-it',
    by: 'aarav',
    quote: 'now guarantees it',
    motivation: 'COMMENTING',
    tags: ['overclaim'],
    hoursAgo: 156,
    body: '"Guarantees" is the overclaim of the essay. One counter-example (the Korean armistice has held for seventy years under a US alliance) is enough to refute a guarantee.',
    replies: [
      {
        by: 'leila',
        hoursAgo: 151,
        body: 'Seconded. "Makes it more likely" would carry the same argument without the hostage to fortune.',
      },
    ],
  },
  {
    key: 'inflation-metaphor',
    by: 'rohan',
    quote: 'the inflation of deterrence',
    motivation: 'COMMENTING',
    tags: ['framing', 'theory'],
    hoursAgo: 153,
    body: 'A useful metaphor, and it could be pushed further: inflation means each unit of promise buys less security. The essay could say what the "currency" is: troops, treaty text, summits?',
    replies: [
      {
        by: 'hana',
        hoursAgo: 147,
        body: 'Credibility is the currency. Each new commitment is backed by the same finite forces, so each is worth less.',
      },
      {
        by: 'jonas',
        hoursAgo: 140,
        body: 'Which is an argument for fewer, deeper commitments, not for no alliances. I think the essay and I agree more than the headline suggests.',
      },
    ],
  },
  {
    key: 'goes-one',
    by: 'moderator',
    quote: 'This goes one till the system is bloated',
    motivation: 'COMMENTING',
    tags: ['copyedit'],
    hoursAgo: 149,
    body: 'Typo for the author: "goes one" should be "goes on".',
    replies: [{ by: 'author', hoursAgo: 145, body: 'Thank you, fixed in my draft.' }],
  },
  {
    key: 'binding-weaker',
    by: 'sofia',
    quote: 'The more binding the guarantees become, the weaker they get.',
    motivation: 'QUESTIONING',
    tags: ['theory', 'evidence'],
    hoursAgo: 146,
    body: 'This runs against most of the literature: more binding commitments (troops on the ground, integrated command) are usually found to be *more* credible, not less. What is the mechanism here?',
    replies: [
      {
        by: 'rohan',
        hoursAgo: 139,
        body: 'Maybe the author means binding *on paper*: more promises without more forces behind them. Then it is the inflation argument again.',
      },
      {
        by: 'sofia',
        hoursAgo: 136,
        body: 'Then the sentence should say so. As written it is a paradox without a mechanism.',
      },
    ],
  },
  {
    key: 'arctic-scs',
    by: 'jonas',
    quote: 'from the Arctic to the South China Sea',
    motivation: 'COMMENTING',
    tags: ['nato'],
    hoursAgo: 141,
    body: 'NATO has no mandate in the South China Sea and has said so repeatedly. The overstretch critique is fair for the US; it is a stretch for NATO.',
  },
  {
    key: 'transactional',
    by: 'leila',
    quote: 'security guarantees are not ironclad but transactional in nature',
    motivation: 'COMMENTING',
    tags: ['middle-east'],
    hoursAgo: 137,
    body: 'Strong point for the Gulf. After the 2019 Abqaiq attack went unanswered, Riyadh drew exactly this conclusion, and hedged towards Beijing.',
    replies: [
      {
        by: 'priya',
        hoursAgo: 130,
        body: 'Were they ever ironclad, though? Transactional is what guarantees to non-treaty partners always were.',
      },
    ],
  },
  {
    key: 'illusion-stability',
    by: 'kwame',
    quote: 'the illusion of stability',
    motivation: 'COMMENTING',
    hoursAgo: 133,
    body: 'I would love a concrete example of an "illusion of stability" here: the Sahel before 2012 is mine. Lots of security partnerships, and a collapse nobody predicted.',
  },
  {
    key: 'private-insurance',
    by: 'hana',
    quote: 'it functions as a private insurance scheme',
    motivation: 'COMMENTING',
    tags: ['framing'],
    hoursAgo: 128,
    body: 'Brilliant image, and an economist would add: insurance creates moral hazard. A protected ally may take risks it would not take alone. That is a stronger version of the escalation claim.',
    replies: [
      {
        by: 'aarav',
        hoursAgo: 122,
        body: 'Moral hazard is the best argument in this whole discussion. Taiwan and the Baltic states are the cases everyone worries about.',
      },
      {
        by: 'jonas',
        hoursAgo: 118,
        body: 'Except the evidence for alliance moral hazard is thin: patrons usually restrain clients rather than embolden them.',
      },
    ],
  },
  {
    key: 'no-longer-hitch',
    by: 'sofia',
    quote: 'the rules of deterrence no longer hitch, they spiral',
    motivation: 'QUESTIONING',
    tags: ['copyedit'],
    hoursAgo: 124,
    body: 'I am not sure what "hitch" means here: hold? fit together?',
    replies: [{ by: 'author', hoursAgo: 100, body: 'I meant "hold". It is on my list for the next revision.' }],
  },
  {
    key: 'wage-wars',
    by: 'aarav',
    quote: 'set the stage for conflicts to wage into full-fledged wars',
    motivation: 'COMMENTING',
    tags: ['overclaim'],
    hoursAgo: 120,
    body: 'Alliances "set the stage" is defensible; the examples earlier are all wars where one side had *no* ally that would fight for it (Ukraine, Sudan, Yemen). That suggests gaps cause wars as much as alliances do.',
    replies: [
      {
        by: 'kwame',
        hoursAgo: 112,
        body: 'Sudan is a good test for both views: several outside patrons, no alliance, and the worst humanitarian crisis of the decade.',
      },
    ],
  },
  {
    key: 'permanently-deferred',
    by: 'priya',
    quote: 'the very foundations of peace become permanently deferred',
    motivation: 'COMMENTING',
    hoursAgo: 115,
    body: 'This is the sentence I would keep if the essay could keep only one. Preparing for the next war crowds out preparing for the next peace: the budget line makes that literal.',
  },
  {
    key: 'managed-disorder',
    by: 'rohan',
    quote: 'a carefully managed disorder',
    motivation: 'COMMENTING',
    tags: ['framing'],
    hoursAgo: 108,
    body: '"Managed disorder" is not nothing, though. For most of history, managed disorder was the best available outcome. The essay should say what better alternative it has in mind.',
    replies: [
      {
        by: 'kwame',
        hoursAgo: 99,
        body: 'That is the missing section: what would "reimagining the stakes" look like in practice? Regional security forums, the UN, arms control?',
      },
      {
        by: 'author',
        hoursAgo: 90,
        body: 'This is fair. It was cut for length; I will write it up as a follow-up piece for the cohort.',
      },
    ],
  },
  {
    key: 'your-bloc',
    by: 'leila',
    quote: '‘your bloc versus mine’',
    motivation: 'COMMENTING',
    tags: ['global-south'],
    hoursAgo: 96,
    body: 'The Gulf states have been trying to live outside that equation for a decade: buying from Washington, selling to Beijing, talking to Tehran. The results are mixed, but it is a real-world attempt at what the conclusion asks for.',
  },
  {
    key: 'collective-insecurity',
    by: 'jonas',
    quote: 'We live in a world of collective insecurity.',
    motivation: 'COMMENTING',
    tags: ['framing'],
    hoursAgo: 60,
    body: 'Good closing line, but for the Baltic states collective *security* is the only reason they are not in Ukraine’s position. The world looks different from Vilnius.',
    replies: [
      {
        by: 'kwame',
        hoursAgo: 52,
        body: 'And from Khartoum. Both views are true at once, which is maybe the essay’s real point.',
      },
    ],
  },
];

/**
 * The note a moderator hid, with the reason the ledger shows: a post about something else
 * entirely, flagged by a fellow. It stays in the ledger; readers see the placeholder.
 */
const offTopicNote: TDemoNote = {
  key: 'off-topic-deadline',
  by: 'rohan',
  quote: 'Here lies the paradox of our age.',
  motivation: 'COMMENTING',
  hoursAgo: 72,
  body: 'Unrelated, but does anyone have the slides from Tuesday’s session on maritime law? The deadline for the policy brief is Friday.',
};

export const DEMO_HIDDEN_NOTE = {
  note: offTopicNote,
  flaggedBy: 'sofia' as TSpeaker,
  flagNote: 'Logistics, not about the essay: belongs in the cohort channel.',
  hiddenBy: 'moderator' as TSpeaker,
  hoursAgo: 70,
  reason: 'Off-topic: course logistics belong in the cohort channel, not on the essay. Hidden, not deleted.',
};
