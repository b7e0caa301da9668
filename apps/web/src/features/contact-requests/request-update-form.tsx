import type { ContactRequest } from '@lotsa/contracts';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { notify } from '../../lib/notify.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { useStaff } from '../organisation/index.ts';
import { nextStatuses } from './request-status.ts';
import { useUpdateContactRequest } from './use-contact-requests.ts';

type Status = ContactRequest['status'];
const TEAM = 'team';

/** Status, hand-over and a note: one event in the log. Starts from the request as it is now. */
export function UpdateForm({ request: r, onClose }: { request: ContactRequest; onClose: () => void }) {
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
