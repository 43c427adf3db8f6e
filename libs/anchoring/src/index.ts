export { anchorSpan, FUZZY_ERROR_RATE } from './span/anchor-span';
export type { AnchorResult } from './span/anchor-span';
export { CONTEXT_LENGTH, describeSpan, selectorsMatch } from './span/describe-span';
export { reanchor } from './reanchor/reanchor';
export type { ReanchorInput, ReanchorOutcome } from './reanchor/reanchor';
export { approxSearch } from './fuzzy/approx-search';
export type { ApproxMatch } from './fuzzy/approx-search';
