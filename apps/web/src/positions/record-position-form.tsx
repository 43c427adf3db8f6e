import {
  POSITION_STATEMENT_MAX,
  POSITION_VALUES,
  positionValueSchema,
  type Annotation,
  type Position,
  type PositionValue,
  type Round,
} from '@concordia/contracts';
import { Button, Card, Checkbox, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { RestoredNotice } from '../unsent/restored-notice';
import { positionPlace } from '../unsent/unsent-places';
import { useKeepWhileWriting, useUnsentText } from '../unsent/use-unsent-text';
import { useAmendmentLabel } from './linked-amendment-list';
import { useAcceptsInput } from '../rounds/use-accepts-input';
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

/** A statement being written, with the choices made beside it, until the position is recorded. */
const keptPositionSchema = z.object({
  value: positionValueSchema.nullable(),
  statement: z.string(),
  amendmentIds: z.array(z.string()),
});

/**
 * A head of delegation's form: starts from the statement they were writing on this paragraph, if
 * any was left unsent, else from the delegation's current position on it.
 */
export const RecordPositionForm = (props: RecordPositionFormProps) => {
  const { round, paragraphKey, headOf, current, amendments, onRecorded } = props;
  const { t } = useTranslation();
  const label = useAmendmentLabel();
  const member = round.delegationIds.includes(headOf.delegationId);
  // Stops at the closing time itself, as the API does; a statement being written stays kept.
  const accepting = useAcceptsInput(round);
  const unsent = useUnsentText(member ? positionPlace(round.id, paragraphKey) : null, keptPositionSchema);
  const kept = unsent.restored;
  // No position is chosen for the head: an official position is never recorded by default.
  const [value, setValue] = useState<PositionValue | null>(kept ? kept.value : (current?.value ?? null));
  const [statement, setStatement] = useState(kept?.statement ?? current?.statement ?? '');
  const [linked, setLinked] = useState<string[]>(kept?.amendmentIds ?? current?.amendmentIds ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  // Set when Record was pressed without an amendment ticked: the boxes say so until one is.
  const [askedForAmendment, setAskedForAmendment] = useState(false);
  const written = statement.trim() !== '' && statement !== (current?.statement ?? '');
  useKeepWhileWriting(unsent, written ? { value, statement, amendmentIds: linked } : null);

  if (!member) {
    return (
      <Text size="sm" c="dimmed">
        {t('positions.record.notInRound')}
      </Text>
    );
  }
  if (!accepting) {
    return (
      <Text size="sm" c="dimmed" data-testid="positions-closed">
        {t('positions.record.closed')}
      </Text>
    );
  }

  const withAmendments = value === 'support_with_amendments';
  const amendmentMissing = withAmendments && linked.length === 0;
  const submit = () => {
    if (value === null) return;
    // Said at the boxes to tick rather than after a refusal: the API would answer 400
    // POSITION_AMENDMENTS_REQUIRED, shown as a failure with a request reference.
    if (amendmentMissing) {
      setAskedForAmendment(true);
      return;
    }
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
        unsent.clear();
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
        <RestoredNotice
          shown={unsent.noticeShown}
          onDiscard={() => {
            unsent.clear();
            setValue(current?.value ?? null);
            setStatement(current?.statement ?? '');
            setLinked(current?.amendmentIds ?? []);
          }}
        />
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
              error={askedForAmendment && amendmentMissing ? t('positions.record.amendmentRequired') : undefined}
              data-testid="position-amendments-field"
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
        <Button
          onClick={submit}
          loading={busy}
          // Support with amendments on a paragraph that has none cannot be recorded: the line above says why.
          disabled={value === null || (withAmendments && amendments.length === 0)}
          data-testid="position-submit"
        >
          {t('positions.record.submit')}
        </Button>
      </Stack>
    </Card>
  );
};
