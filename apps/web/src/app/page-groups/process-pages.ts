// The processes, their drafts and rounds: where delegates spend their day, one chunk so that
// moving between them after the first costs no further fetch.
export { DraftPage } from '../../drafts/draft-page';
export { DraftsPage } from '../../drafts/drafts-page';
export { ProcessPage } from '../../processes/process-page';
export { ProcessesPage } from '../../processes/processes-page';
export { RoundPage } from '../../rounds/round-page';
export { RoundTextRedirect } from '../../rounds/round-text-redirect';
export { RoundsPage } from '../../rounds/rounds-page';
