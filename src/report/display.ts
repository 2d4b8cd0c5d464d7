// The text a person should see for a span of a document: the file's own characters (full-width forms
// and all, not the folded `Sentence.text`), or, for markup input (XML, Markdown), the reader's view with
// entities decoded and tags dropped. Offsets stay those of the document.

import type { Document } from "../model/types.js";

/** What readers put in a view where markup was, and after a decoded entity to keep the length. */
const MARKUP = /\u200b/g;

export function shownText(doc: Pick<Document, "text" | "view">, start: number, end: number): string {
  return doc.view !== undefined ? stripMarkup(doc.view.slice(start, end)) : doc.text.slice(start, end);
}

/** A piece of a view without the markup placeholders. */
export function stripMarkup(viewPiece: string): string {
  return viewPiece.replace(MARKUP, "");
}
