import {
  createDelegationRequestSchema,
  delegationKindSchema,
  ErrorCode,
  LIMITS,
  type DelegationKind,
} from '@concordia/contracts';
import { Badge, EmptyState, Select, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useDelegationList } from '../api/list-queries';
import { DataTable } from '../common/data-table';
import { useFormDrawer } from '../common/form-drawer';
import { ListWithForm } from '../common/list-with-form';
import { QueryView } from '../common/query-view';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';

export const DelegationsPage = () => {
  const { t } = useTranslation();
  const delegations = useDelegationList();
  return (
    <ListWithForm
      title={t('delegations.title')}
      description={t('delegations.description')}
      list={
        <QueryView query={delegations}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title={t('delegations.empty')} align="left" />
            ) : (
              <DataTable
                minWidth={560}
                testId="delegations-table"
                columns={[
                  t('delegations.columns.code'),
                  t('delegations.columns.name'),
                  t('delegations.columns.kind'),
                  t('delegations.columns.region'),
                ]}
              >
                {items.map((delegation) => (
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
              </DataTable>
            )
          }
        </QueryView>
      }
      forms={[
        {
          title: t('delegations.createTitle'),
          testId: 'delegation-create-open',
          form: <CreateDelegationForm onCreated={delegations.reload} />,
        },
      ]}
    />
  );
};

const CreateDelegationForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useTranslation();
  const drawer = useFormDrawer();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<DelegationKind>('member_state');
  const [region, setRegion] = useState('');
  const submission = useFormSubmit({
    check: () => validate(createDelegationRequestSchema, { name, code, kind, region }, t),
    send: (body) =>
      api.delegations.create(body).then((delegation) => {
        notifications.show({ color: 'teal', message: t('delegations.created', { name: delegation.name }) });
        setName('');
        setCode('');
        setRegion('');
        onCreated();
        drawer?.close();
      }),
    // Beside the code, in words: the one field to change.
    fieldErrorsFor: (error) =>
      hasCode(error, ErrorCode.DelegationCodeTaken)
        ? { code: t(`errors.${ErrorCode.DelegationCodeTaken}`) }
        : undefined,
  });
  const { fieldErrors } = submission;

  return (
    <FormCard
      title={t('delegations.createTitle')}
      titleId="create-delegation-title"
      submission={submission}
      submitLabel={t('delegations.create')}
      submitTestId="delegation-create-submit"
    >
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
        data-testid="delegation-code"
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
    </FormCard>
  );
};
