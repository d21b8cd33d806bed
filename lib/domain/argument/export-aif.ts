import { argumentKey, claimKey, indexDebate, isInferenceUndercut, targetKeyOf, type TDebateIndex } from './debate-index';
import type { TDebate, TDebateArgument } from './types';

/** AIF node types used here: I (information: a claim's or argument's text), RA (inference), CA (conflict). */
export type TAifNode = { nodeID: string; text: string; type: 'I' | 'RA' | 'CA'; timestamp?: string };
export type TAifEdge = { edgeID: string; fromID: string; toID: string };

/** AIF JSON as AIFdb exchanges it; this export carries no dialogue, so no locutions or participants. */
export type TAif = { nodes: TAifNode[]; edges: TAifEdge[]; locutions: []; participants: [] };

// AIFdb's default texts for scheme nodes that name no particular argumentation scheme.
const RA_TEXT = 'Default Inference';
const CA_TEXT = 'Default Conflict';

/** The scheme node carrying `argument`'s relation to its target: RA for a support, CA for an attack. */
function schemeNodeId(argument: TDebateArgument): string {
  return `${argument.stance === 'SUPPORT' ? 'ra' : 'ca'}:${argument.id}`;
}

/**
 * Where `argument`'s scheme node points: its target's I-node, or — for an undercut — the scheme
 * node of the target argument's own inference (RA or CA, whichever that argument has). A target
 * argument whose own target is missing has no scheme node, so the undercut falls back to its I-node.
 */
function schemeTargetId(argument: TDebateArgument, targetKey: string, index: TDebateIndex, byId: Map<string, TDebateArgument>): string {
  if (!isInferenceUndercut(argument, index)) return targetKey;
  const target = byId.get(argument.targetArgumentId ?? '');
  return target !== undefined && targetKeyOf(target, index) !== null ? schemeNodeId(target) : targetKey;
}

const edge = (fromID: string, toID: string): TAifEdge => ({ edgeID: `${fromID}>${toID}`, fromID, toID });

/**
 * The debate in the Argument Interchange Format as AIFdb's JSON: every claim and argument is an
 * I-node; a support is I(argument) → RA → I(target); a rebuttal I(argument) → CA → I(target); an
 * undercut I(argument) → CA → the scheme node (RA or CA) of the undercut argument's inference.
 * Ids are derived from the stored ids (`claim:<id>`, `argument:<id>`, `ra:<id>` / `ca:<id>` for
 * an argument's scheme node, `<from>><to>` for edges), so they are stable across exports; nodes
 * and edges come in input order. Arguments whose target is missing are exported as I-nodes only.
 * The essay title and elaborations are not propositions and are left out.
 *
 * @example
 * toAif({
 *   essay: { title: 'Cars' },
 *   claims: [{ id: 'c', text: 'Ban cars.', section: null }],
 *   arguments: [{ id: 'a', text: 'Fewer deaths.', elaboration: null, stance: 'SUPPORT', attackKind: null, targetClaimId: 'c', targetArgumentId: null }],
 * }).edges; // [{ edgeID: 'argument:a>ra:a', … }, { edgeID: 'ra:a>claim:c', … }]
 */
export function toAif(debate: TDebate): TAif {
  const index = indexDebate(debate);
  const byId = new Map(debate.arguments.map((a) => [a.id, a]));
  const nodes: TAifNode[] = debate.claims.map((c) => ({ nodeID: claimKey(c.id), text: c.text, type: 'I' }));
  const edges: TAifEdge[] = [];
  for (const argument of debate.arguments) {
    const nodeID = argumentKey(argument.id);
    nodes.push({ nodeID, text: argument.text, type: 'I' });
    const targetKey = targetKeyOf(argument, index);
    if (targetKey === null) continue;
    const schemeID = schemeNodeId(argument);
    nodes.push({
      nodeID: schemeID,
      text: argument.stance === 'SUPPORT' ? RA_TEXT : CA_TEXT,
      type: argument.stance === 'SUPPORT' ? 'RA' : 'CA',
    });
    edges.push(edge(nodeID, schemeID), edge(schemeID, schemeTargetId(argument, targetKey, index, byId)));
  }
  return { nodes, edges, locutions: [], participants: [] };
}
