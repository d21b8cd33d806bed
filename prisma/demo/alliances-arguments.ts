// The argument map of the demo essay: reasons for and against its claims, rebuttals of those
// reasons, counters to the rebuttals (three levels), and one undercut (an attack on the step from
// a reason to its conclusion rather than on the reason itself). Targets name a claim by its order
// in revision 1 or an earlier argument by key; `impact` is one digit (0–4) per voter in
// DEMO_RATERS order, "-" for no vote. No argument averages "decisive" (4): the cohort is split.
//
// The essay's lead section (claims 1–8 on the page) and claim 20 are left for newcomers to argue.
import type { TSpeaker } from './people';

export type TDemoArgument = {
  key: string;
  by: TSpeaker;
  target: { claim: number } | { argument: string };
  stance: 'SUPPORT' | 'ATTACK';
  attackKind?: 'REBUT' | 'UNDERCUT';
  text: string;
  elaboration?: string;
  hoursAgo: number;
  impact?: string;
};

export const DEMO_ARGUMENTS: TDemoArgument[] = [
  // Claim 17: "… NATO … has failed to stop Russia."
  {
    key: 'nato-no-member-attacked',
    by: 'jonas',
    target: { claim: 16 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'No NATO member has been attacked by Russia; Ukraine was never covered by Article 5.',
    elaboration:
      'The alliance’s deterrent covers its members. Judged by that test, it has held since 1949, including through 2014 and 2022.',
    hoursAgo: 200,
    impact: '3233232332',
  },
  {
    key: 'nato-mandate-too-narrow',
    by: 'kwame',
    target: { argument: 'nato-no-member-attacked' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'The essay judges alliances by whether they bring peace, not by whether they protect their members.',
    hoursAgo: 194,
    impact: '2321431222',
  },
  {
    key: 'mandate-is-the-test',
    by: 'aarav',
    target: { argument: 'nato-mandate-too-narrow' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Holding an alliance to a goal it never had is a straw man: no treaty promised peace for non-members.',
    hoursAgo: 188,
    impact: '3-2-1233-2',
  },
  {
    key: 'nato-expansion-emboldened',
    by: 'kwame',
    target: { claim: 16 },
    stance: 'SUPPORT',
    text: 'Expansion without a settlement with Moscow left Ukraine in a grey zone that invited attack.',
    hoursAgo: 185,
    impact: '2311321222',
  },
  {
    key: 'grey-zone-choice',
    by: 'jonas',
    target: { argument: 'nato-expansion-emboldened' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'The grey zone was Russia’s demand, not NATO’s doing: the 2008 Bucharest promise was never acted on.',
    hoursAgo: 179,
    impact: '2-3-1-22-2',
  },

  // Claim 29: "NATO’s eastward expansion stands as a classic textbook case."
  {
    key: 'expansion-realist-case',
    by: 'rohan',
    target: { claim: 28 },
    stance: 'SUPPORT',
    text: 'Kennan, Mearsheimer and others warned in the 1990s that expansion would be read in Moscow as encirclement.',
    elaboration: 'That the warning was made in advance, by people inside the Western establishment, is what makes it a textbook case.',
    hoursAgo: 172,
    impact: '3322331323',
  },
  {
    key: 'warning-not-cause',
    by: 'jonas',
    target: { argument: 'expansion-realist-case' },
    stance: 'ATTACK',
    attackKind: 'UNDERCUT',
    text: 'A warning coming true does not show it came true for the reason given: Russia also attacked Georgia and Ukraine, which were not joining.',
    elaboration:
      'This does not deny that the warnings were made. It denies that their fulfilment proves expansion was the cause rather than, say, Russia’s own imperial project.',
    hoursAgo: 165,
    impact: '3232232332',
  },
  {
    key: 'accession-by-request',
    by: 'hana',
    target: { claim: 28 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'The eastern members asked to join; calling it "expansion" erases the choices of Poland and the Baltic states.',
    hoursAgo: 160,
    impact: '3232231232',
  },

  // Claim 37: "What was meant to freeze conflicts from escalating now guarantees it."
  {
    key: 'korea-armistice',
    by: 'aarav',
    target: { claim: 36 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'The Korean armistice has held for seventy years under a US alliance: alliances do not guarantee escalation.',
    hoursAgo: 155,
    impact: '3333232333',
  },
  {
    key: 'korea-frozen-not-peace',
    by: 'kwame',
    target: { argument: 'korea-armistice' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'A frozen war on a militarised border is not peace; it is the "managed disorder" the essay describes.',
    hoursAgo: 148,
    impact: '2221321222',
  },
  {
    key: 'frozen-beats-hot',
    by: 'hana',
    target: { argument: 'korea-frozen-not-peace' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Seventy years without a second Korean War is exactly what "freeze conflicts from escalating" asks for.',
    hoursAgo: 140,
    impact: '3-3-2232-3',
  },

  // Claim 43: "The more binding the guarantees become, the weaker they get."
  {
    key: 'tripwires-credible',
    by: 'sofia',
    target: { claim: 42 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Studies of alliance reliability find that binding, institutionalised commitments are honoured more often, not less.',
    elaboration:
      'Leeds, Long and Mitchell (2000) find alliance commitments honoured in roughly three quarters of the cases where they were invoked.',
    hoursAgo: 134,
    impact: '3323232333',
  },
  {
    key: 'paper-binding',
    by: 'rohan',
    target: { claim: 42 },
    stance: 'SUPPORT',
    text: 'When promises multiply faster than the forces behind them, each written guarantee is worth less.',
    hoursAgo: 128,
    impact: '2322332222',
  },
  {
    key: 'that-is-a-different-claim',
    by: 'sofia',
    target: { argument: 'paper-binding' },
    stance: 'ATTACK',
    attackKind: 'UNDERCUT',
    text: 'That supports "more promises weaken each promise", not "more binding promises are weaker": the reason changes the claim.',
    hoursAgo: 121,
    impact: '3-2-13322-',
  },

  // Claim 54: "… alliances set the stage for conflicts to wage into full-fledged wars."
  {
    key: 'wars-without-allies',
    by: 'aarav',
    target: { claim: 53 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'The essay’s own examples (Ukraine, Sudan, Yemen) are wars where the victim had no ally that would fight for it.',
    hoursAgo: 118,
    impact: '3333232333',
  },
  {
    key: 'patrons-count',
    by: 'leila',
    target: { argument: 'wars-without-allies' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'In Yemen and Sudan the belligerents had outside patrons; informal alignments fed those wars.',
    hoursAgo: 110,
    impact: '2322322222',
  },
  {
    key: 'gulf-coalition',
    by: 'leila',
    target: { claim: 53 },
    stance: 'SUPPORT',
    text: 'The Saudi-led coalition turned a Yemeni civil war into a regional war that has lasted a decade.',
    hoursAgo: 106,
    impact: '2412331222',
  },

  // Claim 23: "Security alliances are born out of one simple logic: Deterrence."
  {
    key: 'restraint-motive',
    by: 'hana',
    target: { claim: 22 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Alliances are also built to restrain allies: the US-Japan alliance kept Japan from rearming on its own.',
    hoursAgo: 180,
    impact: '3332232332',
  },

  // Claim 33: "… QUAD … has driven China towards dense security understandings with Pakistan …"
  {
    key: 'pakistan-predates',
    by: 'priya',
    target: { claim: 32 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'China’s partnership with Pakistan dates from the 1960s, four decades before the QUAD first met.',
    hoursAgo: 162,
    impact: '3333232333',
  },
  {
    key: 'russia-iran-after-2017',
    by: 'rohan',
    target: { argument: 'pakistan-predates' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'The Russia and Iran understandings did deepen after the QUAD’s revival in 2017; half the claim stands.',
    hoursAgo: 158,
    impact: '2-2-2221-2',
  },

  // Claim 46: "… security guarantees are not ironclad but transactional in nature."
  {
    key: 'abqaiq',
    by: 'leila',
    target: { claim: 45 },
    stance: 'SUPPORT',
    text: 'After the 2019 Abqaiq attack went unanswered, Saudi Arabia hedged towards China: partners act as if guarantees are transactional.',
    hoursAgo: 136,
    impact: '3423332333',
  },

  // Claim 52: "… it functions as a private insurance scheme …"
  {
    key: 'moral-hazard',
    by: 'hana',
    target: { claim: 51 },
    stance: 'SUPPORT',
    text: 'Insurance creates moral hazard: a protected ally may take risks it would not take alone.',
    hoursAgo: 126,
    impact: '3323332333',
  },
  {
    key: 'patrons-restrain',
    by: 'jonas',
    target: { argument: 'moral-hazard' },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Patrons usually restrain their clients: Washington has kept Taipei from declaring independence for decades.',
    hoursAgo: 117,
    impact: '2-3-1-22-2',
  },

  // Claim 16: "The concept of security became about club membership rather than universal protection."
  {
    key: 'un-never-universal',
    by: 'sofia',
    target: { claim: 15 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Universal protection was never on offer: collective security under the UN Charter always depended on the veto powers agreeing.',
    hoursAgo: 199,
    impact: '2322232222',
  },

  // Claim 11: "… the logic of bloc politics created a tense but predictable balance."
  {
    key: 'hot-periphery',
    by: 'leila',
    target: { claim: 10 },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'The Cold War balance was predictable only in Europe; Korea, Vietnam, Angola and Afghanistan paid for it.',
    hoursAgo: 212,
    impact: '3333332333',
  },
];
