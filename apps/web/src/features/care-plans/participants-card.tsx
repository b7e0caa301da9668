import {
  type CarePlan,
  CONSENT_GIVERS,
  CONSENT_METHODS,
  SIP_PARTICIPANT_KINDS,
  type SipParticipant,
  type SipParticipantKind,
} from '@lotsa/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { type useCarePlanChange, usePartnerAccounts } from './use-care-plans.ts';

const k = 'carePlans';
type Change = ReturnType<typeof useCarePlanChange>;

/** Who takes part, whether the plan may be shared with them, and the person's consent per participant. */
export function ParticipantsCard({ plan, change }: { plan: CarePlan; change: Change }) {
  const { t } = useTranslation();
  const headingId = useId();
  const sipConsent = plan.consents.find((c) => c.participantId === null && c.active);
  const error =
    change.recordConsent.error ?? change.withdrawConsent.error ?? change.removeParticipant.error ?? null;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="sip-participants">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`${k}.participants.title`)}
      </Title>
      <Stack>
        <section aria-label={t(`${k}.consent.sipTitle`)}>
          {sipConsent ? (
            <Group justify="space-between">
              <Text>
                {t(`${k}.consent.sipGiven`, {
                  date: formatDate(sipConsent.givenAt),
                  by: sipConsent.representativeName ?? t(`${k}.consent.givers.patient`),
                })}
              </Text>
              <Withdraw
                label={t(`${k}.consent.withdrawFor`, { name: t(`${k}.consent.sipTitle`) })}
                onWithdraw={(reason) => change.withdrawConsent.mutate({ consentId: sipConsent.id, reason })}
              />
            </Group>
          ) : (
            <Stack gap="xs">
              <Alert color="yellow" title={t(`${k}.consent.sipTitle`)}>
                {t(`${k}.consent.sipMissing`)}
              </Alert>
              <ConsentForm
                label={t(`${k}.consent.recordSip`)}
                onRecord={(b) => change.recordConsent.mutate({ ...b, participantId: null })}
              />
            </Stack>
          )}
        </section>
        <ErrorAlert error={error} />
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t(`${k}.participants.title`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${k}.participants.name`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.participants.kind`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.participants.sharing`)}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t(`${k}.consent.record`)}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.participants.map((p) => (
                <ParticipantRow
                  key={p.id}
                  plan={plan}
                  participant={p}
                  change={change}
                  sipConsent={!!sipConsent}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {plan.status === 'draft' && <AddParticipant plan={plan} change={change} />}
      </Stack>
    </Card>
  );
}

function ParticipantRow({
  plan,
  participant: p,
  change,
  sipConsent,
}: {
  plan: CarePlan;
  participant: SipParticipant;
  change: Change;
  sipConsent: boolean;
}) {
  const { t } = useTranslation();
  const consent = plan.consents.find((c) => c.participantId === p.id && c.active);
  return (
    <Table.Tr data-participant={p.name}>
      <Table.Td>
        <Text fw={500}>{p.name}</Text>
        <Text size="sm" c="dimmed">
          {[p.role, p.organisation].filter(Boolean).join(', ')}
        </Text>
        {p.acknowledgedVersions.length > 0 && (
          <Text size="sm">
            {t(`${k}.participants.acknowledged`, { versions: p.acknowledgedVersions.join(', ') })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(`${k}.participants.kinds.${p.kind}`)}</Table.Td>
      <Table.Td>
        {!p.consentNeeded ? (
          <Text size="sm">{t(`${k}.participants.noConsentNeeded`)}</Text>
        ) : (
          <Badge color={p.sharing ? '#1e6b30' : 'red.8'}>
            {p.sharing ? t(`${k}.participants.shared`) : t(`${k}.participants.notShared`)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {p.consentNeeded && consent && (
            <Withdraw
              label={t(`${k}.consent.withdrawFor`, { name: p.name })}
              onWithdraw={(reason) => change.withdrawConsent.mutate({ consentId: consent.id, reason })}
            />
          )}
          {p.consentNeeded && !consent && sipConsent && (
            <ConsentForm
              label={t(`${k}.consent.recordFor`, { name: p.name })}
              onRecord={(b) => change.recordConsent.mutate({ ...b, participantId: p.id })}
            />
          )}
          {plan.status === 'draft' && p.kind !== 'patient' && (
            <Button
              size="xs"
              variant="subtle"
              color="red.8"
              aria-label={t(`${k}.participants.removeLabel`, { name: p.name })}
              onClick={() => change.removeParticipant.mutate(p.id)}
            >
              {t(`${k}.participants.remove`)}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

type ConsentFields = {
  givenBy: (typeof CONSENT_GIVERS)[number];
  representativeName: string | null;
  method: (typeof CONSENT_METHODS)[number];
  givenAt: string;
};

/** A small form: who gave consent and how; recorded as given now. */
function ConsentForm({ label, onRecord }: { label: string; onRecord: (b: ConsentFields) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [givenBy, setGivenBy] = useState<ConsentFields['givenBy']>('patient');
  const [method, setMethod] = useState<ConsentFields['method']>('spoken');
  const [rep, setRep] = useState('');
  if (!open)
    return (
      <Button size="xs" variant="light" onClick={() => setOpen(true)} aria-label={label}>
        {t(`${k}.consent.record`)}
      </Button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRecord({ givenBy, method, representativeName: rep || null, givenAt: new Date().toISOString() });
    notify.success(t(`${k}.consent.recorded`));
    setOpen(false);
  };
  return (
    <form onSubmit={submit} aria-label={label}>
      <Group align="flex-end" gap="xs">
        <NativeSelect
          size="xs"
          label={t(`${k}.consent.givenBy`)}
          value={givenBy}
          onChange={(e) => setGivenBy(e.currentTarget.value as ConsentFields['givenBy'])}
          data={CONSENT_GIVERS.map((g) => ({ value: g, label: t(`${k}.consent.givers.${g}`) }))}
        />
        {givenBy === 'representative' && (
          <TextInput
            size="xs"
            label={t(`${k}.consent.representativeName`)}
            value={rep}
            onChange={(e) => setRep(e.currentTarget.value)}
            required
          />
        )}
        <NativeSelect
          size="xs"
          label={t(`${k}.consent.method`)}
          value={method}
          onChange={(e) => setMethod(e.currentTarget.value as ConsentFields['method'])}
          data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`${k}.consent.methods.${m}`) }))}
        />
        <Button size="xs" type="submit">
          {t(`${k}.consent.record`)}
        </Button>
      </Group>
    </form>
  );
}

function Withdraw({ label, onWithdraw }: { label: string; onWithdraw: (reason: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <Button size="xs" variant="default" onClick={() => setOpen(true)} aria-label={label}>
        {t(`${k}.consent.withdraw`)}
      </Button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onWithdraw(reason);
    setOpen(false);
  };
  return (
    <form onSubmit={submit} aria-label={label}>
      <Group align="flex-end" gap="xs">
        <TextInput
          size="xs"
          label={t(`${k}.consent.withdrawReason`)}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
        />
        <Button size="xs" type="submit" color="red.8">
          {t(`${k}.consent.withdraw`)}
        </Button>
      </Group>
    </form>
  );
}

function AddParticipant({ plan, change }: { plan: CarePlan; change: Change }) {
  const { t } = useTranslation();
  const accounts = usePartnerAccounts(plan.patientId);
  const [kind, setKind] = useState<SipParticipantKind>('municipality');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const [userId, setUserId] = useState('');
  const errors = fieldErrors(change.addParticipant.error);
  const canLink = kind === 'municipality' || kind === 'other';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.addParticipant.mutate(
      {
        kind,
        name,
        organisation: organisation || null,
        role: role || null,
        userId: canLink && userId ? userId : null,
      },
      {
        onSuccess: () => {
          setName('');
          setOrganisation('');
          setRole('');
          setUserId('');
        },
      },
    );
  };
  const chooseAccount = (id: string) => {
    setUserId(id);
    const a = accounts.data?.find((x) => x.userId === id);
    if (a && !name) setName(a.name);
  };
  return (
    <form onSubmit={submit} aria-label={t(`${k}.participants.add`)}>
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <NativeSelect
            label={t(`${k}.participants.kind`)}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as SipParticipantKind)}
            data={SIP_PARTICIPANT_KINDS.filter((x) => x !== 'patient').map((x) => ({
              value: x,
              label: t(`${k}.participants.kinds.${x}`),
            }))}
          />
          {canLink && (
            <NativeSelect
              label={t(`${k}.participants.account`)}
              value={userId}
              onChange={(e) => chooseAccount(e.currentTarget.value)}
              error={errors.userId}
              data={[
                { value: '', label: t(`${k}.participants.noAccount`) },
                ...(accounts.data ?? []).map((a) => ({ value: a.userId, label: a.name })),
              ]}
            />
          )}
          <TextInput
            label={t(`${k}.participants.name`)}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
          />
          <TextInput
            label={t(`${k}.participants.organisation`)}
            value={organisation}
            onChange={(e) => setOrganisation(e.currentTarget.value)}
          />
          <TextInput
            label={t(`${k}.participants.role`)}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
          />
          <Button type="submit" variant="light" loading={change.addParticipant.isPending}>
            {t(`${k}.participants.add`)}
          </Button>
        </Group>
        {!errors.userId && !errors.name && <ErrorAlert error={change.addParticipant.error} />}
      </Stack>
    </form>
  );
}
