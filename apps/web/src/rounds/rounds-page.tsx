import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/endpoints';
import { useDraftList, useRoundList } from '../api/list-queries';
import { ListWithForm } from '../common/list-with-form';
import { ProcessScoped, useSelectedProcess } from '../common/process-picker';
import { QueryView } from '../common/query-view';
import { RoundsTable } from '../processes/rounds-table';
import { RoundForm } from './round-form';

export const roundPath = (processId: string, roundId: string): string => `/processes/${processId}/rounds/${roundId}`;

/** The secretariat's rounds of one process: each one's page, and a form to schedule the next. */
export const RoundsPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  const { processId } = selection;
  return (
    <ListWithForm
      title={t('rounds.pageTitle')}
      description={t('rounds.pageDescription')}
      list={<ProcessScoped selection={selection}>{(id) => <ProcessRounds key={id} processId={id} />}</ProcessScoped>}
      forms={
        processId
          ? [
              {
                title: t('rounds.form.createTitle'),
                testId: 'round-create-open',
                form: <CreateRoundForm key={processId} processId={processId} />,
              },
            ]
          : []
      }
    />
  );
};

const ProcessRounds = ({ processId }: { processId: string }) => {
  const rounds = useRoundList(processId);
  const drafts = useDraftList(processId);
  return (
    <QueryView query={rounds}>
      {({ items }) => <RoundsTable rounds={items} drafts={drafts.data?.items ?? []} />}
    </QueryView>
  );
};

const CreateRoundForm = ({ processId }: { processId: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RoundForm
      processId={processId}
      title={t('rounds.form.createTitle')}
      titleId="create-round-title"
      submitLabel={t('rounds.form.create')}
      send={(body) =>
        api.processes.createRound(processId, body).then((round) => {
          notifications.show({ color: 'teal', message: t('rounds.form.created', { name: round.name }) });
          void navigate(roundPath(processId, round.id));
        })
      }
    />
  );
};
