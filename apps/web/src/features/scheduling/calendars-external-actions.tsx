import { Button, Group } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { notify } from '../../lib/notify.ts';
import { CalendarsExternalModal } from './calendars-external-modal.tsx';
import { useExternalParticipants, useUpdateExternalParticipant } from './use-calendars.ts';

/**
 * "Ändra uppgifter" and "Ta ur bruk" for the chosen external participant (unit manager). Taking one out of
 * use asks first; the server refuses while they are booked for visits ahead, and the dialog says so.
 */
export function CalendarsExternalActions({ id, onRetired }: { id: string; onRetired: () => void }) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars.external';
  const externals = useExternalParticipants();
  const update = useUpdateExternalParticipant();
  const [editing, setEditing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const participant = externals.data?.find((x) => x.id === id);
  if (!participant) return null;
  const retire = () =>
    update.mutate(
      {
        id,
        body: {
          kind: participant.kind,
          name: participant.name,
          organisation: participant.organisation ?? undefined,
          phone: participant.phone ?? undefined,
          email: participant.email ?? undefined,
          active: false,
        },
      },
      {
        onSuccess: () => {
          notify.success(t(`${k}.retired`, { name: participant.name }));
          setRetiring(false);
          onRetired();
        },
      },
    );
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconPencil aria-hidden size={16} />}
        onClick={() => setEditing(true)}
      >
        {t(`${k}.edit`)}
      </Button>
      <Button
        variant="default"
        color="red"
        leftSection={<IconArchive aria-hidden size={16} />}
        onClick={() => {
          update.reset();
          setRetiring(true);
        }}
      >
        {t(`${k}.retire`)}
      </Button>
      {editing && <CalendarsExternalModal existing={participant} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={retiring}
        title={t(`${k}.retireTitle`, { name: participant.name })}
        message={t(`${k}.retireMessage`, { name: participant.name })}
        confirmLabel={t(`${k}.retire`)}
        onConfirm={retire}
        onCancel={() => setRetiring(false)}
        loading={update.isPending}
        error={update.error}
      />
    </Group>
  );
}
