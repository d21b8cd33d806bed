import { argumentKey, claimKey, indexDebate, isInferenceUndercut, type TDebateIndex } from './debate-index';
import type { TDebate, TDebateArgument } from './types';

// Characters that start Argdown syntax anywhere in a line: statement/argument references and
// links, mentions, tags, bold/italic, inline data, and (doubled, or as /*) comments. Argdown reads
// a backslash as "the next character is text". Syntax that only counts at the start of a line
// (+, -, #, (1)) cannot occur: every text follows a title or heading marker on its own line.
const SPECIAL = /[\\[\]<>{}@#*_]|\/(?=[/*])|=(?==)/g;

/**
 * Text as one line of Argdown: whitespace (newlines included, which would end the element)
 * collapsed to single spaces and special characters backslash-escaped.
 *
 * @example
 * escapeArgdown('Costs [see #3] are *low*'); // 'Costs \\[see \\#3\\] are \\*low\\*'
 */
export function escapeArgdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPECIAL, '\\$&');
}

// An elaboration is prose, not part of the argument's one-line description, so it goes into the
// element's YAML data. A JSON string is a valid YAML double-quoted scalar; braces are written as
// \u escapes because Argdown's lexer would otherwise end the data block at a "} " in the text.
// JSON.stringify leaves U+2028/U+2029 raw, and Argdown reads them as line breaks that end the
// element mid-string: they are written as \u escapes too.
function dataBlock(elaboration: string | null): string {
  if (elaboration === null || elaboration.trim() === '') return '';
  const yaml = JSON.stringify(elaboration)
    .replace(/\{/g, '\\u007b')
    .replace(/\}/g, '\\u007d')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return ` {elaboration: ${yaml}}`;
}

// Children support (+) or attack (-) their parent; `<_` is Argdown's "undercuts the parent"
// (a bare `_` at the start of a line would open italics).
function relationSymbol(argument: TDebateArgument, index: TDebateIndex): string {
  if (argument.stance === 'SUPPORT') return '+';
  return isInferenceUndercut(argument, index) ? '<_' : '-';
}

function argumentDefinition(argument: TDebateArgument, index: TDebateIndex): string {
  const title = index.argumentTitle.get(argument.id) ?? '';
  return `<${title}>: ${escapeArgdown(argument.text)}${dataBlock(argument.elaboration)}`;
}

function writeChildren(key: string, depth: number, index: TDebateIndex, seen: Set<string>, lines: string[]): void {
  for (const child of index.childrenOf.get(key) ?? []) {
    if (seen.has(child.id)) continue; // only a corrupt target cycle can get here
    seen.add(child.id);
    lines.push(`${'  '.repeat(depth)}${relationSymbol(child, index)} ${argumentDefinition(child, index)}`);
    writeChildren(argumentKey(child.id), depth + 1, index, seen, lines);
  }
}

/**
 * The debate as Argdown (https://argdown.org): the essay title as a heading, a `##` heading where
 * the claims' section changes, each claim as a statement `[C1]: text` with the arguments about it
 * as an indented tree under it (`+` supports, `-` attacks, `<_` undercuts the parent argument's
 * inference), and an argument's elaboration in its data `{elaboration: "…"}`. Arguments whose
 * target is missing come last, each as its own tree. Deterministic: the same debate in the same
 * order gives the same text, titles numbered in input order.
 *
 * @example
 * toArgdown({
 *   essay: { title: 'Cars' },
 *   claims: [{ id: 'c', text: 'Ban cars.', section: null }],
 *   arguments: [{ id: 'a', text: 'Fewer deaths.', elaboration: null, stance: 'SUPPORT', attackKind: null, targetClaimId: 'c', targetArgumentId: null }],
 * }); // '# Cars\n\n[C1]: Ban cars.\n  + <A1>: Fewer deaths.\n'
 */
export function toArgdown(debate: TDebate): string {
  const index = indexDebate(debate);
  const seen = new Set<string>();
  const blocks: string[] = [`# ${escapeArgdown(debate.essay.title)}`];
  let section: string | null = null;
  for (const claim of debate.claims) {
    if (claim.section !== null && claim.section !== section) blocks.push(`## ${escapeArgdown(claim.section)}`);
    section = claim.section;
    const lines = [`[${index.claimTitle.get(claim.id) ?? ''}]: ${escapeArgdown(claim.text)}`];
    writeChildren(claimKey(claim.id), 1, index, seen, lines);
    blocks.push(lines.join('\n'));
  }
  // Unattached trees first, then whatever a corrupt target cycle kept out of every tree (`seen`
  // skips everything already written, the unattached roots included).
  const roots = [...index.unattached, ...debate.arguments];
  const extra: string[] = [];
  for (const root of roots) {
    if (seen.has(root.id)) continue;
    seen.add(root.id);
    const lines = [argumentDefinition(root, index)];
    writeChildren(argumentKey(root.id), 1, index, seen, lines);
    extra.push(lines.join('\n'));
  }
  if (extra.length > 0) blocks.push(`// Arguments whose target is not in this export\n\n${extra.join('\n\n')}`);
  return `${blocks.join('\n\n')}\n`;
}
