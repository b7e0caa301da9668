import type { Account } from '@lotsa/contracts';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { EditButton, PanelHeader } from '../../components/panel-header.tsx';
import { formatDate } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { UnitFilter, useUnitFilter } from '../organisation/index.ts';
import { AccountFormModal } from './account-form-modal.tsx';
import { TemporaryPasswordModal } from './temporary-password-modal.tsx';
import { useAccounts, useSetAccountActive } from './use-accounts.ts';

type Editing = { account: Account | null } | null;

/** Konton: the region's accounts by unit; add, change, a new temporary password, deactivate and activate. */
export function AccountsPanel() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [unitId] = useUnitFilter();
  const accounts = useAccounts(unitId);
  const [editing, setEditing] = useState<Editing>(null);
  const [passwordOf, setPasswordOf] = useState<Account | null>(null);
  const [toggling, setToggling] = useState<Account | null>(null);
  const setActive = useSetAccountActive();
  const k = 'access.accounts';

  const confirmToggle = () => {
    if (!toggling) return;
    const name = toggling.displayName;
    setActive.mutate(
      { id: toggling.id, active: !toggling.active },
      {
        onSuccess: (a) => {
          notify.success(t(a.active ? `${k}.activated` : `${k}.deactivated`, { name }));
          setToggling(null);
        },
      },
    );
  };

  return (
    <Stack>
      <PanelHeader
        title={t(`${k}.title`)}
        addLabel={t(`${k}.add`)}
        onAdd={() => setEditing({ account: null })}
      />
      <UnitFilter />
      <ErrorAlert error={accounts.error} />
      {accounts.isPending ? (
        <LoadingState />
      ) : accounts.data?.length === 0 ? (
        <Text>{t(`${k}.none`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table aria-label={t(`${k}.tableLabel`)} data-testid="accounts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${k}.name`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.username`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.staff`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.rolesColumn`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.status`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.created`)}</Table.Th>
                <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(accounts.data ?? []).map((a) => {
                const name = a.displayName;
                const self = a.id === me.user.id;
                return (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    <Table.Td>{a.username}</Table.Td>
                    <Table.Td>{a.staff?.name ?? ''}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {a.units.map((u) => (
                          <Text key={u.id} size="sm">
                            {u.name}: {u.roles.map((r) => t(`access.roles.${r}`)).join(', ')}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge color={a.active ? 'green' : 'gray'} variant="light">
                          {a.active ? t(`${k}.active`) : t(`${k}.inactive`)}
                        </Badge>
                        {a.isRegionAdmin && (
                          <Badge color="blue" variant="light">
                            {t(`${k}.regionAdmin`)}
                          </Badge>
                        )}
                        {a.mustChangePassword && (
                          <Badge color="orange.9" variant="outline">
                            {t(`${k}.mustChange`)}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <EditButton
                          label={t('actions.edit')}
                          name={name}
                          onClick={() => setEditing({ account: a })}
                        />
                        {!self && (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t(`${k}.newPasswordNamed`, { name })}
                            onClick={() => setPasswordOf(a)}
                          >
                            {t(`${k}.newPassword`)}
                          </Button>
                        )}
                        {!self && (
                          <Button
                            size="xs"
                            variant={a.active ? 'outline' : 'default'}
                            color={a.active ? 'red.9' : undefined}
                            aria-label={t(a.active ? `${k}.deactivateNamed` : `${k}.activateNamed`, { name })}
                            onClick={() => {
                              setActive.reset();
                              setToggling(a);
                            }}
                          >
                            {a.active ? t(`${k}.deactivate`) : t(`${k}.activate`)}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <AccountFormModal account={editing.account} onClose={() => setEditing(null)} />}
      {passwordOf && <TemporaryPasswordModal account={passwordOf} onClose={() => setPasswordOf(null)} />}
      <ConfirmDialog
        opened={toggling !== null}
        title={t(toggling?.active ? `${k}.deactivateTitle` : `${k}.activateTitle`, {
          name: toggling?.displayName ?? '',
        })}
        message={t(toggling?.active ? `${k}.deactivateMessage` : `${k}.activateMessage`, {
          name: toggling?.displayName ?? '',
        })}
        confirmLabel={toggling?.active ? t(`${k}.deactivate`) : t(`${k}.activate`)}
        confirmColor={toggling?.active ? 'red.9' : 'blue'}
        onConfirm={confirmToggle}
        onCancel={() => setToggling(null)}
        loading={setActive.isPending}
        error={setActive.error}
      />
    </Stack>
  );
}
