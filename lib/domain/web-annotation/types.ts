import type { TMotivation, WEB_ANNOTATION_CONTEXT } from './vocabulary';

// ── What we publish (W3C Web Annotation Data Model, JSON-LD compacted with anno.jsonld) ──

/** §4.2.4 Text Quote Selector. */
export type TW3cTextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
/** §4.2.5 Text Position Selector: code points. */
export type TW3cTextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };

/** §3.2.4 Embedded Textual Body; `purpose` per §3.3.5. */
export type TW3cTextualBody = { type: 'TextualBody'; value: string; format?: 'text/markdown'; purpose: string };

/** §4 Specific Resource: a part (selected by quote and position) of one revision's text. */
export type TW3cTextTarget = {
  type: 'SpecificResource';
  source: string;
  selector: [TW3cTextQuoteSelector] | [TW3cTextQuoteSelector, TW3cTextPositionSelector];
};

/** Counterpoint fields, under the `cp:` prefix of the context (see vocabulary.ts). */
export type TCpFields = {
  'cp:anchorStatus'?: 'anchored' | 'fuzzy' | 'orphaned';
  'cp:claims'?: string[];
  'cp:visibility': 'cohort' | 'private';
  /** Set on a deleted or moderator-hidden note kept only so its replies keep their thread. */
  'cp:withheld'?: 'deleted' | 'hidden';
};

/** §3.1 Annotation. Replies (§3.3.5 "replying") target their parent annotation's IRI. */
export type TW3cAnnotation = {
  '@context'?: typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: string;
  /** §3.3.2 Agents. */
  creator: { id: string; type: 'Person'; name: string };
  /** §3.3.1 Lifecycle Information (xsd:dateTime, UTC). */
  created: string;
  modified: string;
  /** Absent when there is nothing to say (a bare highlight, a withheld note): Body is a SHOULD. */
  body?: TW3cTextualBody[];
  target: TW3cTextTarget | string;
} & TCpFields;

/** §5.2 Annotation Page. */
export type TW3cAnnotationPage = {
  '@context'?: typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf: string | { id: string; label: string; total: number };
  startIndex: number;
  items: TW3cAnnotation[];
  next?: string;
  prev?: string;
};

/** §5.1 Annotation Collection. `first` is embedded; later pages are IRIs of the export route. */
export type TW3cAnnotationCollection = {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: TW3cAnnotationPage;
  last?: string;
};

// ── What the mappers read and produce (plain data, no database types) ──

/** One Counterpoint note as the export reads it: offsets are UTF-16, as stored. */
export type TExportNote = {
  id: string;
  parentId: string | null;
  motivation: TMotivation;
  body: string;
  tags: string[];
  visibility: 'COHORT' | 'PRIVATE';
  anchorStatus: 'ANCHORED' | 'FUZZY' | 'ORPHANED';
  claimIds: string[];
  /** `id` is the per-cohort handle, never a user id; `name` follows the display-name rule. */
  author: { id: string; name: string };
  createdAt: Date;
  editedAt: Date | null;
  withheld: 'deleted' | 'hidden' | null;
  /** Stored selectors (roots); `position` null when unknown. */
  selectors: { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } | null } | null;
  /** The revision whose text the stored position counts in; null when no revision's text matches. */
  source: { number: number; text: string } | null;
};

/** One note read from an import file, before anchoring. Positions are code points, as in the model. */
export type TImportedNote = {
  /** 1-based place in the file, for messages. */
  index: number;
  /** The note's id in the file (an IRI, or a Hypothesis id): replies point at it. */
  sourceId: string | null;
  /** For replies: the `sourceId` of the note replied to. */
  parentSourceId: string | null;
  motivation: TMotivation;
  body: string;
  tags: string[];
  visibility: 'COHORT' | 'PRIVATE';
  /** A deleted or hidden note exported as a placeholder: imported as a deleted note. */
  isWithheld: boolean;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  /** ISO date-time, when the file gives a valid one. */
  created: string | null;
};
