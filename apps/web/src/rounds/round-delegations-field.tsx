import type { Invitation, Membership } from '@concordia/contracts';
import { Button, Group, MultiSelect, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDelegationList } from '../api/list-queries';
import {
  optionsByRegion,
  processDelegations,
  regionsById,
  speakingDelegations,
  withRegion,
} from './round-form-defaults';

interface RoundDelegationsFieldProps {
  members: readonly Membership[];
  invitations: readonly Invitation[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/**
 * The round's delegations: a process may have 193, so they are grouped by region, counted, and
 * taken all at once or a region at a time (a regional consultation is one region's States).
 */
export const RoundDelegationsField = ({ members, invitations, value, onChange, error }: RoundDelegationsFieldProps) => {
  const { t } = useTranslation();
  const delegations = useDelegationList();
  const options = processDelegations(members, invitations);
  const regionOf = regionsById(delegations.data?.items ?? []);
  const regions = [...new Set(options.flatMap((o) => regionOf.get(o.value) ?? []))].sort((a, b) => a.localeCompare(b));
  const speaking = speakingDelegations(members, invitations);

  // Above the list, not under it: the open list's dropdown lies over whatever is under the field.
  const quickPicks = (
    <Group gap="xs">
      <Button
        variant="light"
        size="compact-sm"
        onClick={() => onChange(speaking)}
        disabled={speaking.length === 0}
        data-testid="round-delegations-all"
      >
        {t('rounds.form.allDelegations', { count: speaking.length })}
      </Button>
      {regions.length > 1 && (
        <Select
          size="xs"
          aria-label={t('rounds.form.addRegion')}
          placeholder={t('rounds.form.addRegion')}
          data={regions}
          value={null}
          onChange={(region) => region && onChange(withRegion(value, region, options, regionOf))}
          w={200}
          data-testid="round-delegations-region"
        />
      )}
    </Group>
  );

  return (
    <MultiSelect
      label={t('rounds.form.delegations')}
      description={t('rounds.form.delegationsChosen', {
        chosen: String(value.length),
        total: String(options.length),
      })}
      inputContainer={(input) => (
        <Stack gap={6}>
          {quickPicks}
          {input}
        </Stack>
      )}
      data={regions.length > 0 ? optionsByRegion(options, regionOf) : options}
      value={[...value]}
      onChange={onChange}
      searchable
      clearable
      error={error}
      data-testid="round-delegations"
    />
  );
};
