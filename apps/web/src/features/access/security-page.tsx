import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { formatDate, formatDateTimeMinutes } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useMe } from '../../lib/session.ts';
import { SignedInFrame } from './signed-in-frame.tsx';
import { CHANGE_PASSWORD_PATH, startPath } from './start-path.ts';
import { RecoveryCodes, TotpEnrolment } from './totp-enrolment.tsx';
import {
  useEndOtherSessions,
  useEndSession,
  useRenewRecoveryCodes,
  useSessions,
  useTotpStatus,
} from './use-security.ts';

const k = 'access.security';

/**
 * "Inloggning och säkerhet": two-step sign-in (connect an authenticator app, new recovery codes), the
 * password, and where one is signed in (sign out one session, or everywhere else). Where an account
 * the region requires TOTP of lands after its password, until it has connected an app.
 */
export function SecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t(`${k}.title`));
  const me = useMe();
  const navigate = useNavigate();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (me.isPending) return <LoadingState />;
  if (!me.data) return <Navigate to="/logga-in" replace />;
  if (me.data.secondFactor === 'verify') return <Navigate to={startPath(me.data)} replace />;
  const enrolling = me.data.secondFactor === 'enrol';

  return (
    <SignedInFrame name={me.data.user.displayName} width={720}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t(`${k}.title`)}
        </Title>
        {!enrolling && !codes && (
          <Button variant="default" component={Link} to={startPath(me.data)}>
            {t(`${k}.back`)}
          </Button>
        )}
      </Group>
      <Card withBorder shadow="sm" padding="lg" component="section" aria-labelledby="totp-title">
        <Stack>
          <Title order={2} size="h3" id="totp-title">
            {t(`${k}.totpTitle`)}
          </Title>
          {codes ? (
            <RecoveryCodes
              codes={codes}
              onDone={() => {
                setCodes(null);
                if (enrolling) navigate(startPath({ ...me.data!, secondFactor: 'none' }), { replace: true });
              }}
            />
          ) : (
            <TotpSection enrolling={enrolling} onCodes={setCodes} />
          )}
        </Stack>
      </Card>
      {!enrolling && (
        <>
          <Card withBorder shadow="sm" padding="lg" component="section">
            <Group justify="space-between">
              <Text>{t('access.password.intro')}</Text>
              <Anchor component={Link} to={CHANGE_PASSWORD_PATH}>
                {t('access.password.change')}
              </Anchor>
            </Group>
          </Card>
          <SessionsSection />
        </>
      )}
    </SignedInFrame>
  );
}

function TotpSection({ enrolling, onCodes }: { enrolling: boolean; onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const status = useTotpStatus();
  if (status.isPending) return <LoadingState />;
  if (!status.data) return <ErrorAlert error={status.error} />;
  const s = status.data;
  if (!s.enrolled)
    return (
      <Stack>
        {s.required || enrolling ? (
          <Alert color="blue" variant="light">
            {t(`${k}.totpRequired`)}
          </Alert>
        ) : (
          <Text>{t(`${k}.totpOff`)}</Text>
        )}
        <TotpEnrolment onCodes={onCodes} />
      </Stack>
    );
  return (
    <Stack>
      <Text data-testid="totp-status">
        {t(`${k}.totpOn`, { date: formatDate(s.confirmedAt), count: s.recoveryCodesLeft })}
      </Text>
      <RenewRecoveryCodes onCodes={onCodes} />
    </Stack>
  );
}

function RenewRecoveryCodes({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const renew = useRenewRecoveryCodes();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    renew.mutate(code, { onSuccess: (answer) => onCodes(answer.recoveryCodes) });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="renew-title">
      <Stack gap="xs">
        <Title order={3} size="h4" id="renew-title">
          {t(`${k}.renew`)}
        </Title>
        <Text size="sm">{t(`${k}.renewHelp`)}</Text>
        <ErrorAlert error={renew.error} title={t(`${k}.failed`)} />
        <Group align="flex-end">
          <TextInput
            label={t('access.secondStep.code')}
            name="one-time-code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldErrors(renew.error).code}
          />
          <Button type="submit" variant="default" loading={renew.isPending}>
            {t(`${k}.renewSubmit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A short name of the browser from its User-Agent, for the list (the whole string is its title). */
function browserName(ua: string | null, unknown: string): string {
  if (!ua) return unknown;
  const found = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(ua);
  const os = /(Windows|Mac OS X|Android|iPhone|iPad|Linux)/.exec(ua)?.[1];
  if (!found) return ua.slice(0, 60);
  const name = found[1] === 'Edg' ? 'Edge' : found[1];
  return os ? `${name}, ${os.replace('Mac OS X', 'macOS')}` : (name ?? unknown);
}

function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const end = useEndSession();
  const endOthers = useEndOtherSessions();
  const [asking, setAsking] = useState(false);
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  return (
    <Card withBorder shadow="sm" padding="lg" component="section" aria-labelledby="sessions-title">
      <Stack>
        <Title order={2} size="h3" id="sessions-title">
          {t(`${k}.sessionsTitle`)}
        </Title>
        <Text>{t(`${k}.sessionsIntro`)}</Text>
        <ErrorAlert error={sessions.error ?? end.error} />
        {sessions.isPending ? (
          <LoadingState />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label={t(`${k}.sessionsLabel`)} data-testid="sessions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`${k}.device`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.started`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.lastSeen`)}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t(`${k}.signOutSession`)}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(sessions.data ?? []).map((s) => {
                  const device = browserName(s.userAgent, t(`${k}.unknownDevice`));
                  const started = formatDateTimeMinutes(s.createdAt);
                  return (
                    <Table.Tr key={s.id}>
                      <Table.Td title={s.userAgent ?? undefined}>{device}</Table.Td>
                      <Table.Td>{started}</Table.Td>
                      <Table.Td>{formatDateTimeMinutes(s.lastSeenAt)}</Table.Td>
                      <Table.Td>
                        {s.current ? (
                          <Text size="sm" fw={600}>
                            {t(`${k}.thisSession`)}
                          </Text>
                        ) : (
                          <Button
                            size="xs"
                            variant="outline"
                            aria-label={t(`${k}.signOutSessionNamed`, { device, started })}
                            loading={end.isPending && end.variables === s.id}
                            onClick={() =>
                              end.mutate(s.id, { onSuccess: () => notify.success(t(`${k}.sessionEnded`)) })
                            }
                          >
                            {t(`${k}.signOutSession`)}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {others > 0 && (
          <Button
            variant="outline"
            color="red.9"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setAsking(true)}
          >
            {t(`${k}.signOutOthers`)}
          </Button>
        )}
      </Stack>
      <ConfirmDialog
        opened={asking}
        title={t(`${k}.signOutOthersTitle`)}
        message={t(`${k}.signOutOthersMessage`)}
        confirmLabel={t(`${k}.signOutOthers`)}
        onConfirm={() =>
          endOthers.mutate(undefined, {
            onSuccess: (r) => {
              notify.success(t(`${k}.signedOutOthers`, { count: r.ended }));
              setAsking(false);
            },
          })
        }
        onCancel={() => setAsking(false)}
        loading={endOthers.isPending}
        error={endOthers.error}
      />
    </Card>
  );
}
