import { type Account, ROLES, type Role } from '@lotsa/contracts';
import { Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, type Saver, useEntityForm } from '../../components/entity-form-modal.tsx';
import { useStaff, useUnits } from '../organisation/index.ts';
import { TemporaryPasswordInput } from './temporary-password-input.tsx';
import { useCreateAccount, useUpdateAccount } from './use-accounts.ts';

type Values = {
  username: string;
  displayName: string;
  staffId: string;
  /** Roles by unit id; units without roles are left out of the request. */
  roles: Record<string, Role[]>;
  isRegionAdmin: boolean;
  temporaryPassword: string;
} & Record<string, unknown>;

function toValues(a: Account | null): Values {
  return {
    username: a?.username ?? '',
    displayName: a?.displayName ?? '',
    staffId: a?.staff?.id ?? '',
    roles: Object.fromEntries((a?.units ?? []).map((u) => [u.id, [...u.roles]])),
    isRegionAdmin: a?.isRegionAdmin ?? false,
    temporaryPassword: '',
  };
}

/** "Nytt konto" and "Ändra konto": name, staff link, roles per unit, region admin; a new one gets a temporary password. */
export function AccountFormModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const staff = useStaff(null);
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const k = 'access.accounts';
  const unitList = units.data ?? [];
  // The request lists units with roles in the order shown, so `units.N` of an error is found again here.
  const withRoles = (roles: Values['roles']) => unitList.filter((u) => (roles[u.id] ?? []).length > 0);
  // A new account is created with its user name and temporary password; a known one is changed.
  const save: Saver<Values, Account> = {
    isPending: (account ? update : create).isPending,
    error: (account ? update : create).error,
    mutate: (values, options) => {
      const body = {
        displayName: values.displayName,
        staffId: values.staffId || null,
        units: withRoles(values.roles).map((u) => ({ unitId: u.id, roles: values.roles[u.id] ?? [] })),
        isRegionAdmin: values.isRegionAdmin,
      };
      if (account) update.mutate({ id: account.id, body }, options);
      else
        create.mutate(
          { ...body, username: values.username, temporaryPassword: values.temporaryPassword },
          options,
        );
    },
  };
  const form = useEntityForm({
    initial: () => toValues(account),
    save,
    variables: (values) => values,
    saved: (a) =>
      account ? t(`${k}.saved`, { name: a.displayName }) : t(`${k}.createdNotice`, { username: a.username }),
    onClose,
  });
  const { values, errors, setField, textProps, checkboxProps } = form;

  const chosen = withRoles(values.roles);
  const unitError = (unitId: string) => {
    const i = chosen.findIndex((u) => u.id === unitId);
    return (i >= 0 ? errors[`units.${i}.roles`] : undefined) ?? (i === 0 ? errors.units : undefined);
  };
  const staffName = new Map(unitList.map((u) => [u.id, u.name]));
  const staffOptions = (staff.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.givenName} ${s.familyName} – ${staffName.get(s.unitId) ?? ''}`,
  }));

  return (
    <EntityFormModal form={form} title={account ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${k}.displayName`)}
          required
          {...textProps('displayName')}
          error={errors.displayName}
          data-autofocus
        />
        {account ? (
          <TextInput label={t(`${k}.username`)} value={account.username} readOnly variant="filled" />
        ) : (
          <TextInput
            label={t(`${k}.username`)}
            description={t(`${k}.usernameHelp`)}
            required
            autoComplete="off"
            spellCheck={false}
            {...textProps('username')}
            error={errors.username}
          />
        )}
      </SimpleGrid>
      <Select
        label={t(`${k}.staff`)}
        description={t(`${k}.staffHelp`)}
        placeholder={t(`${k}.noStaff`)}
        searchable
        clearable
        data={staffOptions}
        value={values.staffId || null}
        onChange={(v) => setField('staffId', v ?? '')}
        error={errors.staffId}
        comboboxProps={{ withinPortal: true }}
      />
      <Fieldset legend={t(`${k}.rolesLegend`)} variant="unstyled">
        <Stack gap="md">
          <Text size="sm">{t(`${k}.rolesHelp`)}</Text>
          {unitList.map((u) => (
            <Checkbox.Group
              key={u.id}
              label={t(`${k}.rolesAt`, { unit: u.name })}
              value={values.roles[u.id] ?? []}
              onChange={(v) => setField('roles', { ...values.roles, [u.id]: v as Role[] })}
              error={unitError(u.id)}
            >
              <Group gap="md" mt={6}>
                {ROLES.map((r) => (
                  <Checkbox key={r} value={r} label={t(`access.roles.${r}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          ))}
        </Stack>
      </Fieldset>
      <Checkbox
        label={t(`${k}.regionAdmin`)}
        description={t(`${k}.regionAdminHelp`)}
        {...checkboxProps('isRegionAdmin')}
        error={errors.isRegionAdmin}
      />
      {!account && (
        <TemporaryPasswordInput
          value={values.temporaryPassword}
          onChange={(v) => setField('temporaryPassword', v)}
          error={errors.temporaryPassword}
        />
      )}
    </EntityFormModal>
  );
}
