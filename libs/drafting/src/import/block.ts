/**
 * A document as a flat run of headings and paragraphs, before numbering and sectioning. Any
 * source can produce it (plain text, Markdown, a DOCX converter); structureDocument takes it from
 * there. A paragraph's text may still start with its number ("47. ...") or a sub-item marker.
 */
export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string };
