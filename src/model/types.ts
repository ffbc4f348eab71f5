/**
 * The document model: a typed tree that every stage after ingest reads.
 *
 * Text is never copied loosely: every piece of document text is a `Text` whose `value` is exactly
 * `source.slice(offset, offset + value.length)`. Annotation adds `spans` over that value; it never
 * edits it. That single invariant is what makes the conversion lossless and lets the evaluation
 * harness compare our markup with gold annotations by character offset.
 */

export type InputStyle = 'plain' | 'markdown' | 'ocr-markdown' | 'web';

export interface DocumentModel {
  /** File-name-safe identifier, also the TEI file's `@xml:id`. */
  id: string;
  source: SourceInfo;
  header: Header;
  /** The document's own text, in reading order. */
  body: Block[];
  /** Closing matter after the signature: distribution lists, file references. */
  back: Block[];
}

export interface SourceInfo {
  /** Path as given by the user. */
  path: string;
  style: InputStyle;
  encoding: 'utf-8' | 'windows-1252';
  /** Web-page navigation, menus and footers that were not part of the document. */
  chromeDropped: { characters: number; lines: number };
}

export interface Header {
  title?: string;
  /** The document's own date as printed, with its ISO value. */
  date?: { text: string; when: string };
  citation?: string;
  /** Publisher of the transcription, e.g. a digital archive. */
  publisher?: string;
  archive?: ArchiveLocation;
  translators: string[];
  /** The project the translation was made for (e.g. "NKIDP" in "Translated for NKIDP by ..."). */
  translatedFor?: string;
  funders: string[];
  originalLanguage?: Language;
  translationLanguage?: Language;
  summary?: string;
  sourceUrl?: string;
  /** The archive's number for the document, taken from the source URL. */
  documentNumber?: string;
}

export interface Language {
  name: string;
  /** BCP 47 code, when the name is known. */
  code?: string;
}

export interface ArchiveLocation {
  /** The text of the archival reference as the citation gives it. */
  text: string;
  settlement?: string;
  repository?: string;
  collection?: string;
  /** Fund, opis, folder, delo, volume, dossier...: each with its label as printed. */
  identifiers: { type: string; label: string; value: string }[];
  pages?: { text: string; from?: string; to?: string };
}

/** A run of document text, with its place in the source. */
export interface Text {
  offset: number;
  value: string;
  /** Inline markup over `value` (offsets relative to it), filled by the annotate stage. */
  spans?: Span[];
}

export type Block =
  | Heading
  | Paragraph
  | ListBlock
  | LabelledList
  | SpeakerTurn
  | Closer;

export interface Heading {
  kind: 'head';
  text: Text;
}

export interface Paragraph {
  kind: 'p';
  /** `opener` paragraphs stand before the document's title (archival stamps, journal headings). */
  role?: 'opener' | 'note';
  text: Text;
}

export interface ListBlock {
  kind: 'list';
  type: 'bulleted' | 'distribution';
  items: Text[];
}

/** "Location: ...", "Personnel from the Korean Side: ...", "Recorder: ..." at the head of minutes. */
export interface LabelledList {
  kind: 'labelled';
  items: { label: Text; value: Text }[];
}

export interface SpeakerTurn {
  kind: 'sp';
  /** The speaker label as printed, with its colon. */
  speaker: Text;
  /** Person key the speaker label refers to, when the document introduced it. */
  who?: string;
  text: Text;
}

export interface Closer {
  kind: 'closer';
  lines: CloserLine[];
}

export interface CloserLine {
  type: 'dateline' | 'signed' | 'note';
  text: Text;
}

/** Inline markup. The encoder turns nested spans into nested TEI elements. */
export interface Span {
  start: number;
  end: number;
  /** The TEI element, or `omit` for convention characters the TEI markup replaces (brackets). */
  element: string;
  attributes?: Record<string, string>;
  /** Text for an element that has no counterpart in the source (e.g. `reg` "№" for OCR "$N^{\circ}$"). */
  literal?: string;
  /** Which rule made the span: a bracket rule id, `date`, `gazetteer`, `candidate`... */
  source: string;
}
