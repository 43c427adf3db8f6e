import {
  confidentialitySchema,
  createRoundRequestSchema,
  type Confidentiality,
  type CreateRoundRequest,
  type Draft,
  type Membership,
  type Round,
} from '@concordia/contracts';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftList, useInvitationList, useMemberList, useRoundList } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { TimeZoneSelect } from '../common/time-zone-select';
import { useUnreadableWallClock, WallClockInput } from '../common/wall-clock-input';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate, withFieldErrors } from '../common/validation';
import { orderedVersions } from '../drafts/version-options';
import { RoundDelegationsField } from './round-delegations-field';
import { newRoundDefaults } from './round-form-defaults';
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
 * wall-clock times of a chosen time zone, as the organisers announce it. A new round starts as the
 * last one was, on the latest text (`newRoundDefaults`).
 */
export const RoundForm = ({ processId, round, title, titleId, submitLabel, send }: RoundFormProps) => {
  const { t } = useTranslation();
  const unreadable = useUnreadableWallClock('dateTime');
  const me = useMe();
  const drafts = useDraftList(processId);
  const members = useMemberList(processId);
  const rounds = useRoundList(processId);
  const invitations = useInvitationList(processId);
  const memberItems = members.data?.items ?? [];
  const invitationItems = invitations.data?.items ?? [];
  const chairs = chairOptions(memberItems);
  // A field is null until the secretariat sets it: a new round's then follow the loaded lists.
  const defaults = newRoundDefaults(
    drafts.data?.items ?? [],
    memberItems,
    invitationItems,
    rounds.data?.items ?? [],
    me.user.timeZone,
  );
  const [name, setName] = useState(round?.name ?? '');
  const [chosenVersion, setVersionId] = useState<string | null>(round?.versionId ?? null);
  const [chosenChair, setChairUserId] = useState<string | null>(round?.chairUserId ?? null);
  const [chosenDelegations, setDelegationIds] = useState<string[] | null>(round?.delegationIds ?? null);
  const [chosenZone, setTimeZone] = useState<string | null>(round?.timeZone ?? null);
  // null while what is typed cannot be read as a date and time (the field says so).
  const [opens, setOpens] = useState<string | null>(round ? toZonedInput(round.opensAt, round.timeZone) : '');
  const [closes, setCloses] = useState<string | null>(round ? toZonedInput(round.closesAt, round.timeZone) : '');
  const [chosenConfidentiality, setConfidentiality] = useState<Confidentiality | null>(round?.confidentiality ?? null);
  const versionId = chosenVersion ?? defaults.versionId;
  const chairUserId = chosenChair ?? defaults.chairUserId;
  const delegationIds = chosenDelegations ?? defaults.delegationIds;
  const timeZone = chosenZone ?? defaults.timeZone;
  const confidentiality = chosenConfidentiality ?? defaults.confidentiality;

  const submission = useFormSubmit({
    check: () => {
      const opensAt = opens === null ? null : fromZonedInput(opens, timeZone);
      const closesAt = closes === null ? null : fromZonedInput(closes, timeZone);
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
        ...(opens === null
          ? { opensAt: unreadable }
          : opens !== '' && opensAt === null
            ? { opensAt: t('rounds.form.timeInvalid') }
            : {}),
        ...(closes === null
          ? { closesAt: unreadable }
          : closes !== '' && closesAt === null
            ? { closesAt: t('rounds.form.timeInvalid') }
            : {}),
        ...(windowIsOrdered(opensAt, closesAt) ? {} : { closesAt: t('errors.ROUND_WINDOW_INVALID') }),
      });
    },
    send,
  });
  const { fieldErrors } = submission;

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
        allowDeselect={false}
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
        allowDeselect={false}
        searchable
        required
        error={fieldErrors['chairUserId']}
        data-testid="round-chair"
      />
      <RoundDelegationsField
        members={memberItems}
        invitations={invitationItems}
        value={delegationIds}
        onChange={setDelegationIds}
        error={fieldErrors['delegationIds']}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <WallClockInput
          kind="dateTime"
          label={t('rounds.form.opensAt')}
          required
          value={opens}
          onChange={setOpens}
          error={fieldErrors['opensAt']}
          data-testid="round-opens"
        />
        <WallClockInput
          kind="dateTime"
          label={t('rounds.form.closesAt')}
          required
          value={closes}
          onChange={setCloses}
          near={opens}
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
