import { Navigate, useParams, useSearchParams } from 'react-router';
import { useDraftList, useRound } from '../api/list-queries';
import { ErrorAlert } from '../common/error-alert';
import { SectionLoader } from '../common/loading';
import { draftOf } from './round-text';

/**
 * `/processes/:p/rounds/:r/text?paragraph=`: the round's text at that paragraph, where its silence
 * procedures and speakers' list are. Notifications link here because their events name the round,
 * not the draft it reads; a round whose draft cannot be found opens the round's page instead.
 */
export const RoundTextRedirect = () => {
  const { processId = '', roundId = '' } = useParams();
  const [params] = useSearchParams();
  const round = useRound(roundId);
  const drafts = useDraftList(processId);

  const error = round.error ?? drafts.error;
  if (error !== undefined) return <ErrorAlert error={error} />;
  if (!round.data || !drafts.data) return <SectionLoader />;
  const draft = draftOf(drafts.data.items, round.data.versionId);
  if (!draft) return <Navigate replace to={`/processes/${processId}/rounds/${roundId}`} />;
  const query = new URLSearchParams({ version: round.data.versionId, round: roundId });
  const paragraph = params.get('paragraph');
  if (paragraph) query.set('paragraph', paragraph);
  return <Navigate replace to={`/processes/${processId}/drafts/${draft.id}?${query.toString()}`} />;
};
