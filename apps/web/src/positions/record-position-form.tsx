import {
  POSITION_STATEMENT_MAX,
  POSITION_VALUES,
  type Annotation,
  type Position,
  type PositionValue,
  type Round,
} from '@concordia/contracts';
import { Button, Card, Checkbox, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { useAmendmentLabel } from './linked-amendment-list';
import { amendmentName } from './linked-amendments';

/** The delegation a head of delegation speaks for in the round's process. */
export interface HeadOf {
  delegationId: string;
  delegationName: string;
}

interface RecordPositionFormProps {
  round: Round;
  paragraphKey: string;
  headOf: HeadOf;
  current: Position | null;
  amendments: readonly Annotation[];
  onRecorded: (position: Position) => void;
}

/** A head of delegation's form: starts from the delegation's current position on the paragraph. */
export const RecordPositionForm = (props: RecordPositionFormProps) => {
  const { round, paragraphKey, headOf, current, amendments, onRecorded } = props;
  const { t } = useTranslation();
  const label = useAmendmentLabel();
  // No position is chosen for the head: an official position is never recorded by default.
  const [value, setValue] = useState<PositionValue | null>(current?.value ?? null);
  const [statement, setStatement] = useState(current?.statement ?? '');
  const [linked, setLinked] = useState<string[]>(current?.amendmentIds ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  if (!round.delegationIds.includes(headOf.delegationId)) {
    return (
      <Text size="sm" c="dimmed">
        {t('positions.record.notInRound')}
      </Text>
    );
  }
  if (round.status !== 'open') {
    return (
      <Text size="sm" c="dimmed" data-testid="positions-closed">
        {t('positions.record.closed')}
      </Text>
    );
  }

  const withAmendments = value === 'support_with_amendments';
  const submit = () => {
    if (value === null) return;
    setBusy(true);
    setError(undefined);
    api.positions
      .record(round.id, {
        delegationId: headOf.delegationId,
        paragraphKey,
        value,
        statement,
        amendmentIds: withAmendments ? linked : [],
      })
      .then((position) => {
        notifications.show({
          color: 'teal',
          message: t('positions.record.saved', { value: t(`positions.value.${position.value}`) }),
        });
        onRecorded(position);
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <Card withBorder padding="sm" data-testid="record-position">
      <Stack gap="xs">
        <Title order={5} size="h6">
          {t('positions.record.title', { delegation: headOf.delegationName })}
        </Title>
        <Select
          label={t('positions.record.value')}
          data={POSITION_VALUES.map((v) => ({ value: v, label: t(`positions.value.${v}`) }))}
          value={value}
          onChange={(next) => next && setValue(next)}
          allowDeselect={false}
          placeholder={t('positions.record.choose')}
          data-testid="position-value"
          comboboxProps={{ withinPortal: true }}
        />
        {withAmendments &&
          (amendments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('positions.record.noAmendments')}
            </Text>
          ) : (
            <Checkbox.Group
              label={t('positions.record.amendments')}
              description={t('positions.record.amendmentsHint')}
              value={linked}
              onChange={setLinked}
            >
              <Stack gap={4} mt={4}>
                {amendments.flatMap((a) => {
                  const name = amendmentName(a);
                  return name
                    ? [<Checkbox key={a.id} value={a.id} label={label(name)} data-testid="position-amendment" />]
                    : [];
                })}
              </Stack>
            </Checkbox.Group>
          ))}
        <Textarea
          label={t('positions.record.statement')}
          value={statement}
          onChange={(event) => setStatement(event.currentTarget.value)}
          maxLength={POSITION_STATEMENT_MAX}
          autosize
          minRows={2}
          data-testid="position-statement"
        />
        <ErrorAlert error={error} />
        <Button onClick={submit} loading={busy} disabled={value === null} data-testid="position-submit">
          {t('positions.record.submit')}
        </Button>
      </Stack>
    </Card>
  );
};
