import {
  confidentialitySchema,
  createRoundRequestSchema,
  type Confidentiality,
  type CreateRoundRequest,
  type Draft,
  type Membership,
  type Round,
} from '@concordia/contracts';
import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftList, useMemberList } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { TimeZoneSelect } from '../common/time-zone-select';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate, withFieldErrors } from '../common/validation';
import { orderedVersions } from '../drafts/version-options';
import { fromZonedInput, toZonedInput, windowIsOrdered } from './round-window';

/** Rounds discuss a published text only; several drafts are told apart by title. */
const publishedOptions = (drafts: Draft[]) =>
  drafts.flatMap((draft) =>
    orderedVersions(draft.versions, false).map((v) => ({
      value: v.id,
      label: drafts.length > 1 ? `${draft.title} — ${v.label}` : v.label,
    })),
  );

const chairOptions = (members: Membership[]) =>
  members.filter((m) => m.role === 'chair').map((m) => ({ value: m.userId, label: `${m.userName} <${m.userEmail}>` }));

/** The delegations that take part in the process: those its members speak for. */
const delegationOptions = (members: Membership[]) => {
  const seen = new Map<string, string>();
  for (const m of members) if (m.delegationId && m.delegationName) seen.set(m.delegationId, m.delegationName);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
};

interface RoundFormProps {
  processId: string;
  /** The round to edit; a new one is created without it. */
  round?: Round;
  title: string;
  titleId: string;
  submitLabel: string;
  send: (body: CreateRoundRequest) => Promise<unknown>;
}

/**
 * Name, text, chair, delegations, window and confidentiality of a round. The window is typed as
 * wall-clock times of a chosen time zone (the user's by default), as the organisers announce it.
 */
export const RoundForm = ({ processId, round, title, titleId, submitLabel, send }: RoundFormProps) => {
  const { t } = useTranslation();
  const me = useMe();
  const drafts = useDraftList(processId);
  const members = useMemberList(processId);
  const initialZone = round?.timeZone ?? me.user.timeZone;
  const [name, setName] = useState(round?.name ?? '');
  const [versionId, setVersionId] = useState<string | null>(round?.versionId ?? null);
  const [chairUserId, setChairUserId] = useState<string | null>(round?.chairUserId ?? null);
  const [delegationIds, setDelegationIds] = useState<string[]>(round?.delegationIds ?? []);
  const [timeZone, setTimeZone] = useState(initialZone);
  const [opens, setOpens] = useState(round ? toZonedInput(round.opensAt, initialZone) : '');
  const [closes, setCloses] = useState(round ? toZonedInput(round.closesAt, initialZone) : '');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>(round?.confidentiality ?? 'delegations');

  const submission = useFormSubmit({
    check: () => {
      const opensAt = fromZonedInput(opens, timeZone);
      const closesAt = fromZonedInput(closes, timeZone);
      const body = {
        name,
        versionId: versionId ?? '',
        chairUserId: chairUserId ?? '',
        delegationIds,
        opensAt: opensAt ?? '',
        closesAt: closesAt ?? '',
        timeZone,
        confidentiality,
      };
      return withFieldErrors(validate(createRoundRequestSchema, body, t), {
        ...(opens !== '' && opensAt === null ? { opensAt: t('rounds.form.timeInvalid') } : {}),
        ...(closes !== '' && closesAt === null ? { closesAt: t('rounds.form.timeInvalid') } : {}),
        ...(windowIsOrdered(opensAt, closesAt) ? {} : { closesAt: t('errors.ROUND_WINDOW_INVALID') }),
      });
    },
    send,
  });
  const { fieldErrors } = submission;
  const memberItems = members.data?.items ?? [];
  const chairs = chairOptions(memberItems);

  return (
    <FormCard
      title={title}
      titleId={titleId}
      submission={submission}
      submitLabel={submitLabel}
      submitTestId="round-submit"
      loadError={drafts.error ?? members.error}
    >
      <TextInput
        label={t('rounds.form.name')}
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldErrors['name']}
        data-testid="round-name"
      />
      <Select
        label={t('rounds.form.version')}
        description={t('rounds.form.versionHint')}
        data={publishedOptions(drafts.data?.items ?? [])}
        value={versionId}
        onChange={setVersionId}
        required
        error={fieldErrors['versionId']}
        nothingFoundMessage={t('rounds.form.noPublished')}
        data-testid="round-version"
      />
      <Select
        label={t('rounds.form.chair')}
        description={chairs.length === 0 && members.data ? t('rounds.form.noChair') : undefined}
        data={chairs}
        value={chairUserId}
        onChange={setChairUserId}
        searchable
        required
        error={fieldErrors['chairUserId']}
        data-testid="round-chair"
      />
      <MultiSelect
        label={t('rounds.form.delegations')}
        data={delegationOptions(memberItems)}
        value={delegationIds}
        onChange={setDelegationIds}
        searchable
        clearable
        error={fieldErrors['delegationIds']}
        data-testid="round-delegations"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="datetime-local"
          label={t('rounds.form.opensAt')}
          required
          value={opens}
          onChange={(event) => setOpens(event.currentTarget.value)}
          error={fieldErrors['opensAt']}
          data-testid="round-opens"
        />
        <TextInput
          type="datetime-local"
          label={t('rounds.form.closesAt')}
          required
          value={closes}
          onChange={(event) => setCloses(event.currentTarget.value)}
          error={fieldErrors['closesAt']}
          data-testid="round-closes"
        />
      </SimpleGrid>
      <TimeZoneSelect
        label={t('rounds.form.timeZone')}
        description={t('rounds.form.timeZoneHint')}
        value={timeZone}
        onChange={setTimeZone}
        error={fieldErrors['timeZone']}
        data-testid="round-timezone"
      />
      <Select
        label={t('rounds.form.confidentiality')}
        data={confidentialitySchema.options.map((value) => ({ value, label: t(`rounds.confidentiality.${value}`) }))}
        value={confidentiality}
        onChange={(value) => value && setConfidentiality(confidentialitySchema.parse(value))}
        allowDeselect={false}
        error={fieldErrors['confidentiality']}
        data-testid="round-confidentiality"
      />
    </FormCard>
  );
};
