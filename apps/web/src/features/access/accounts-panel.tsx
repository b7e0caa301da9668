import type { Account } from '@lotsa/contracts';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { CrudPanel, EditButton } from '../../components/crud-panel.tsx';
import { RowButton } from '../../components/crud-table.tsx';
import { formatDate } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { UnitFilter, useUnitFilter } from '../organisation/index.ts';
import { AccountFormModal } from './account-form-modal.tsx';
import { TemporaryPasswordModal } from './temporary-password-modal.tsx';
import { TotpRolesCard } from './totp-roles-card.tsx';
import { useAccounts, useSetAccountActive } from './use-accounts.ts';
import { useEndAccountSessions, useResetAccountTotp } from './use-security.ts';

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
  const [resetting, setResetting] = useState<Account | null>(null);
  const resetTotp = useResetAccountTotp();
  const [signingOut, setSigningOut] = useState<Account | null>(null);
  const endSessions = useEndAccountSessions();
  const k = 'access.accounts';

  const confirmReset = () => {
    if (!resetting) return;
    const name = resetting.displayName;
    resetTotp.mutate(resetting.id, {
      onSuccess: () => {
        notify.success(t(`${k}.totpReset`, { name }));
        setResetting(null);
      },
    });
  };
  const confirmSignOut = () => {
    if (!signingOut) return;
    const name = signingOut.displayName;
    endSessions.mutate(signingOut.id, {
      onSuccess: (r) => {
        notify.success(t(`${k}.signedOutEverywhere`, { name, count: r.ended }));
        setSigningOut(null);
      },
    });
  };

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
    <Stack gap="lg">
      <CrudPanel
        title={t(`${k}.title`)}
        addLabel={t(`${k}.add`)}
        onAdd={() => setEditing({ account: null })}
        filter={<UnitFilter />}
        list={accounts}
        none={t(`${k}.none`)}
        table={{
          label: t(`${k}.tableLabel`),
          testId: 'accounts-table',
          minWidth: 960,
          rowKey: (a) => a.id,
          columns: [
            { header: t(`${k}.name`), cell: (a) => a.displayName },
            { header: t(`${k}.username`), cell: (a) => a.username },
            { header: t(`${k}.staff`), cell: (a) => a.staff?.name ?? '' },
            {
              header: t(`${k}.rolesColumn`),
              cell: (a) => (
                <Stack gap={2}>
                  {a.units.map((u) => (
                    <Text key={u.id} size="sm">
                      {u.name}: {u.roles.map((r) => t(`access.roles.${r}`)).join(', ')}
                    </Text>
                  ))}
                </Stack>
              ),
            },
            { header: t(`${k}.status`), cell: (a) => <AccountBadges account={a} /> },
            {
              header: t(`${k}.created`),
              cell: (a) => formatDate(a.createdAt),
              style: { whiteSpace: 'nowrap' },
            },
          ],
          actions: (a) => {
            const name = a.displayName;
            const self = a.id === me.user.id;
            return (
              <Group gap="xs">
                <EditButton name={name} onClick={() => setEditing({ account: a })} />
                {!self && (
                  <RowButton
                    label={t(`${k}.newPassword`)}
                    ariaLabel={t(`${k}.newPasswordNamed`, { name })}
                    onClick={() => setPasswordOf(a)}
                  />
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
                {a.totpEnrolled && (
                  <RowButton
                    danger
                    label={t(`${k}.resetTotp`)}
                    ariaLabel={t(`${k}.resetTotpNamed`, { name })}
                    onClick={() => {
                      resetTotp.reset();
                      setResetting(a);
                    }}
                  />
                )}
                {!self && a.active && (
                  <RowButton
                    label={t(`${k}.signOutEverywhere`)}
                    ariaLabel={t(`${k}.signOutEverywhereNamed`, { name })}
                    onClick={() => {
                      endSessions.reset();
                      setSigningOut(a);
                    }}
                  />
                )}
              </Group>
            );
          },
        }}
      >
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
        <ConfirmDialog
          opened={resetting !== null}
          title={t(`${k}.resetTotpTitle`, { name: resetting?.displayName ?? '' })}
          message={t(`${k}.resetTotpMessage`, { name: resetting?.displayName ?? '' })}
          confirmLabel={t(`${k}.resetTotp`)}
          focusCancel
          onConfirm={confirmReset}
          onCancel={() => setResetting(null)}
          loading={resetTotp.isPending}
          error={resetTotp.error}
        />
        <ConfirmDialog
          opened={signingOut !== null}
          title={t(`${k}.signOutEverywhereTitle`, { name: signingOut?.displayName ?? '' })}
          message={t(`${k}.signOutEverywhereMessage`, { name: signingOut?.displayName ?? '' })}
          confirmLabel={t(`${k}.signOutEverywhere`)}
          onConfirm={confirmSignOut}
          onCancel={() => setSigningOut(null)}
          loading={endSessions.isPending}
          error={endSessions.error}
        />
      </CrudPanel>
      <TotpRolesCard />
    </Stack>
  );
}

/** Aktiv / Avstängd, Regionadministratör, Måste byta lösenord. */
function AccountBadges({ account: a }: { account: Account }) {
  const { t } = useTranslation();
  const k = 'access.accounts';
  return (
    <Group gap={4}>
      <Badge color={a.active ? 'green' : 'gray'} variant="light">
        {a.active ? t(`${k}.active`) : t(`${k}.inactive`)}
      </Badge>
      {a.isRegionAdmin && (
        <Badge color="blue" variant="light">
          {t(`${k}.regionAdmin`)}
        </Badge>
      )}
      {a.totpEnrolled && (
        <Badge color="violet.9" variant="outline">
          {t(`${k}.totp`)}
        </Badge>
      )}
      {a.mustChangePassword && (
        <Badge color="orange.9" variant="outline">
          {t(`${k}.mustChange`)}
        </Badge>
      )}
    </Group>
  );
}
