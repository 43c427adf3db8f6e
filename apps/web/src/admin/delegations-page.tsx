import { createDelegationRequestSchema, delegationKindSchema, LIMITS, type DelegationKind } from '@concordia/contracts';
import { Badge, Button, Card, EmptyState, Grid, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { useApiQuery } from '../common/use-api-query';
import { serverFieldErrors, validate, type FieldErrors } from '../common/validation';

export const DelegationsPage = () => {
  const { t } = useTranslation();
  const delegations = useApiQuery('delegations', (signal) => api.delegations.list(signal));
  return (
    <>
      <PageHeader title={t('delegations.title')} description={t('delegations.description')} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ErrorAlert error={delegations.error} />
          {delegations.loading && !delegations.data && <SectionLoader />}
          {delegations.data?.items.length === 0 && <EmptyState title={t('delegations.empty')} align="left" />}
          {delegations.data && delegations.data.items.length > 0 && (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="sm" striped data-testid="delegations-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('delegations.columns.code')}</Table.Th>
                    <Table.Th>{t('delegations.columns.name')}</Table.Th>
                    <Table.Th>{t('delegations.columns.kind')}</Table.Th>
                    <Table.Th>{t('delegations.columns.region')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {delegations.data.items.map((delegation) => (
                    <Table.Tr key={delegation.id}>
                      <Table.Td>
                        <Badge variant="outline" miw="max-content">
                          {delegation.code}
                        </Badge>
                      </Table.Td>
                      <Table.Td fw={600}>{delegation.name}</Table.Td>
                      <Table.Td>{t(`delegations.kinds.${delegation.kind}`)}</Table.Td>
                      <Table.Td>{delegation.region}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CreateDelegationForm onCreated={delegations.reload} />
        </Grid.Col>
      </Grid>
    </>
  );
};

const CreateDelegationForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<DelegationKind>('member_state');
  const [region, setRegion] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(createDelegationRequestSchema, { name, code, kind, region }, t);
    if (!checked.ok) return setFieldErrors(checked.errors);
    setFieldErrors({});
    setSubmitting(true);
    api.delegations
      .create(checked.data)
      .then((delegation) => {
        notifications.show({ color: 'teal', message: t('delegations.created', { name: delegation.name }) });
        setName('');
        setCode('');
        setRegion('');
        onCreated();
      })
      .catch((caught: unknown) => {
        setError(caught);
        setFieldErrors(serverFieldErrors(caught));
      })
      .finally(() => setSubmitting(false));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-delegation-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="create-delegation-title">
            {t('delegations.createTitle')}
          </Title>
          <ErrorAlert error={error} />
          <TextInput
            label={t('delegations.fields.name')}
            required
            maxLength={LIMITS.nameMax}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldErrors['name']}
          />
          <TextInput
            label={t('delegations.fields.code')}
            description={t('delegations.fields.codeHint')}
            required
            maxLength={12}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value.toUpperCase())}
            error={fieldErrors['code']}
          />
          <Select<DelegationKind>
            label={t('delegations.fields.kind')}
            data={delegationKindSchema.options.map((value) => ({ value, label: t(`delegations.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value)}
            allowDeselect={false}
            error={fieldErrors['kind']}
          />
          <TextInput
            label={t('delegations.fields.region')}
            required
            maxLength={LIMITS.nameMax}
            value={region}
            onChange={(event) => setRegion(event.currentTarget.value)}
            error={fieldErrors['region']}
          />
          <Button type="submit" loading={submitting}>
            {t('delegations.create')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};
