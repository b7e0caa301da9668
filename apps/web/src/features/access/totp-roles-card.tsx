import { ROLES, type Role } from '@lotsa/contracts';
import { Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { notify } from '../../lib/notify.ts';
import { useSetTotpRoles, useTotpRoles } from './use-security.ts';

/** Konton: the roles whose accounts must sign in with an authenticator app (the region admin's choice). */
export function TotpRolesCard() {
  const { t } = useTranslation();
  const current = useTotpRoles();
  const save = useSetTotpRoles();
  const [roles, setRoles] = useState<Role[]>([]);
  useEffect(() => {
    if (current.data) setRoles(current.data.roles);
  }, [current.data]);
  const k = 'access.accounts';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(roles, { onSuccess: () => notify.success(t(`${k}.totpRolesSaved`)) });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="totp-roles-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="totp-roles-title">
            {t(`${k}.totpRolesTitle`)}
          </Title>
          <Text size="sm">{t(`${k}.totpRolesHelp`)}</Text>
          <ErrorAlert error={current.error ?? save.error} />
          <Checkbox.Group
            label={t(`${k}.totpRolesLabel`)}
            value={roles}
            onChange={(v) => setRoles(v as Role[])}
          >
            <Group mt="xs">
              {ROLES.map((r) => (
                <Checkbox key={r} value={r} label={t(`access.roles.${r}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!current.data}
            style={{ alignSelf: 'flex-start' }}
          >
            {t(`${k}.totpRolesSave`)}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
