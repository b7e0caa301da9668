import { type ContactRequest, REQUEST_STATUSES } from '@lotsa/contracts';
import {
  Anchor,
  Badge,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { useStaff } from '../organisation/index.ts';
import { useContactRequest, useUpdateContactRequest, waitedWords } from './use-contact-requests.ts';

type Status = ContactRequest['status'];
const TEAM = 'team';
export const URGENCY_COLOR = { urgent: 'red.8', today: 'yellow.4', normal: 'gray.7' } as const;
const minutes = (iso: string) => formatDateTime(iso).slice(0, 16);

/** The statuses a request may move to from `from` (the server checks the same). */
function nextStatuses(from: Status): Status[] {
  if (from === 'done') return ['done', 'in_progress'];
  return REQUEST_STATUSES.filter((s) => s !== 'new' || from === 'new');
}

/** One request: what it is about, its whole log, and a form to note, hand over and change status. */
export function ContactRequestDialog({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useContactRequest(requestId);
  const k = 'contactRequests';
  const title = query.data
    ? t(`${k}.detail.title`, { patient: query.data.patientName })
    : t(`${k}.detail.facts`);

  return (
    <AppModal title={title} onClose={onClose} size="xl">
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <RequestDetail request={query.data} onClose={onClose} />
      )}
    </AppModal>
  );
}

function RequestDetail({ request: r, onClose }: { request: ContactRequest; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const k = 'contactRequests';
  return (
    <Stack>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" m={0}>
        <Fact label={t(`${k}.columns.subject`)}>{r.subject}</Fact>
        <Fact label={t(`${k}.columns.urgency`)}>
          <Badge
            autoContrast
            color={URGENCY_COLOR[r.urgency]}
            variant={r.urgency === 'normal' ? 'outline' : 'filled'}
          >
            {t(`${k}.urgencies.${r.urgency}`)}
          </Badge>
        </Fact>
        <Fact label={t(`${k}.columns.caller`)}>
          {`${r.callerName} (${t(`${k}.callerKinds.${r.callerKind}`)})`}
        </Fact>
        <Fact label={t(`${k}.fields.callbackPhone`)}>
          <Anchor href={`tel:${r.callbackPhone}`}>{r.callbackPhone}</Anchor>
        </Fact>
        <Fact label={t(`${k}.columns.status`)}>{t(`${k}.statuses.${r.status}`)}</Fact>
        <Fact label={t(`${k}.columns.assigned`)}>{r.assignedStaffName ?? t(`${k}.routed.team`)}</Fact>
        <Fact label={t(`${k}.detail.created`)}>
          {`${minutes(r.createdAt)} · ${t(`${k}.detail.routedTo`).toLowerCase()} ${t(`${k}.routed.${r.routedTo}`).toLowerCase()}`}
        </Fact>
        <Fact label={t(`${k}.columns.waited`)}>{waitedWords(r.waitedMinutes, i18n.language)}</Fact>
        <Fact label={t(`${k}.columns.patient`)}>
          <Anchor component={Link} to={`/patienter/${r.patientId}`}>
            {r.patientName}
          </Anchor>
        </Fact>
      </SimpleGrid>

      <Title order={3} size="h4">
        {t(`${k}.detail.log`)}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t(`${k}.detail.logLabel`)} data-testid="contact-request-log" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${k}.detail.logColumns.at`)}</Table.Th>
              <Table.Th scope="col">{t(`${k}.detail.logColumns.by`)}</Table.Th>
              <Table.Th scope="col">{t(`${k}.detail.logColumns.status`)}</Table.Th>
              <Table.Th scope="col">{t(`${k}.detail.logColumns.assigned`)}</Table.Th>
              <Table.Th scope="col">{t(`${k}.detail.logColumns.note`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.events.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the log's events carry no id and never reorder
              <Table.Tr key={i}>
                <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                  {minutes(e.at)}
                </Table.Th>
                <Table.Td>{e.byName}</Table.Td>
                <Table.Td>{t(`${k}.statuses.${e.status}`)}</Table.Td>
                <Table.Td>{e.assignedStaffName ?? t(`${k}.routed.team`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <UpdateForm request={r} onClose={onClose} />
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" ms={0}>
        {children}
      </Text>
    </div>
  );
}

/** Status, hand-over and a note: one event in the log. Starts from the request as it is now. */
function UpdateForm({ request: r, onClose }: { request: ContactRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const staff = useStaff(me.activeUnitId);
  const update = useUpdateContactRequest();
  const { errors, clear } = useFieldErrors(update.error);
  const [status, setStatus] = useState<Status>(r.status);
  const [assignTo, setAssignTo] = useState<string>(r.assignedStaffId ?? TEAM);
  const [note, setNote] = useState('');
  const [nothing, setNothing] = useState(false);
  const k = 'contactRequests.detail';

  const staffOptions = [
    { value: TEAM, label: t(`${k}.toTeam`) },
    ...(staff.data ?? [])
      .filter((s) => s.active || s.id === r.assignedStaffId)
      .map((s) => ({ value: s.id, label: `${s.givenName} ${s.familyName}` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
  ];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const assignChanged = assignTo !== (r.assignedStaffId ?? TEAM);
    const empty = status === r.status && !assignChanged && note.trim() === '';
    setNothing(empty);
    if (empty) return;
    update.mutate(
      {
        id: r.id,
        body: {
          status,
          note: note.trim() === '' ? undefined : note,
          ...(assignChanged ? { assignToStaffId: assignTo === TEAM ? null : assignTo } : {}),
        },
      },
      {
        onSuccess: (saved) => {
          setNote('');
          setStatus(saved.status);
          setAssignTo(saved.assignedStaffId ?? TEAM);
          notify.success(t(`${k}.saved`));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t(`${k}.update`)}>
        <Stack gap="sm">
          <ErrorAlert
            error={nothing ? t(`${k}.nothingToSave`) : (update.error ?? staff.error)}
            title={t('errors.checkForm')}
            showFieldErrors
            openFieldErrors={errors}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t(`${k}.status`)}
              required
              allowDeselect={false}
              data={nextStatuses(r.status).map((s) => ({
                value: s,
                label: t(`contactRequests.statuses.${s}`),
              }))}
              value={status}
              onChange={(v) => {
                if (v) setStatus(v as Status);
                setNothing(false);
                clear('status');
              }}
              error={errors.status}
            />
            <Select
              label={t(`${k}.assignTo`)}
              allowDeselect={false}
              data={staffOptions}
              value={assignTo}
              onChange={(v) => {
                if (v) setAssignTo(v);
                setNothing(false);
                clear('assignToStaffId');
              }}
              error={errors.assignToStaffId}
            />
          </SimpleGrid>
          <Textarea
            label={t(`${k}.note`)}
            description={t(`${k}.noteDescription`)}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setNothing(false);
              clear('note');
            }}
            error={errors.note}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.close')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t(`${k}.submit`)}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
