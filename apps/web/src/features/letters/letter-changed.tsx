import type { LetterSummary } from '@lotsa/contracts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { formatDateTimeMinutes } from '../../lib/format.ts';
import { startWords } from '../../lib/when.ts';
import { LetterView } from './letter-view.tsx';
import { useLetter } from './use-letters.ts';

/** "Besöket har ändrats sedan kallelsen skrevs (nu: …). Skriv en ny kallelse." for a letter's change. */
export function useChangeText() {
  const { t, i18n } = useTranslation();
  return (change: LetterSummary['change']) =>
    change.state === 'moved'
      ? t('letters.changed.moved', { when: startWords(change.start!, i18n.language) })
      : change.state === 'cancelled'
        ? t('letters.changed.cancelled')
        : null;
}

/**
 * A letter made earlier whose visit has changed since: the notice, the letter as it was sent (in a
 * dialog) and — when `onCreate` is given — the action to write a new letter right here.
 */
export function LetterChanged({
  letter,
  onCreate,
  creating,
}: {
  letter: LetterSummary;
  onCreate?: () => void;
  creating?: boolean;
}) {
  const { t } = useTranslation();
  const text = useChangeText()(letter.change);
  const [open, setOpen] = useState(false);
  if (!text) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('letters.changed.title')}
      data-testid="letter-changed"
    >
      <Stack gap={4}>
        <Text size="sm" c="black">
          {text}
        </Text>
        <Text size="xs" c="black">
          {t('letters.changed.made', {
            at: formatDateTimeMinutes(letter.createdAt),
            name: letter.recipientName,
          })}
        </Text>
        <Group gap={4}>
          {onCreate && (
            <Button size="xs" onClick={onCreate} loading={creating}>
              {t('letters.changed.createNew')}
            </Button>
          )}
          <Button size="xs" variant="default" aria-haspopup="dialog" onClick={() => setOpen(true)}>
            {t('letters.changed.view')}
          </Button>
        </Group>
      </Stack>
      <LetterModal id={open ? letter.id : null} onClose={() => setOpen(false)} />
    </Alert>
  );
}

/** The staff view of one letter: the change notice, then the letter exactly as it was sent. */
export function LetterModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useLetter(id);
  const text = useChangeText();
  return (
    <AppModal opened={id !== null} onClose={onClose} title={t('letters.changed.viewTitle')} size="xl">
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Stack>
          {query.data.letter.change.state !== 'same' && (
            <Alert color="orange" variant="light" role="alert" title={t('letters.changed.title')}>
              <Text c="black">{text(query.data.letter.change)}</Text>
            </Alert>
          )}
          <LetterView content={query.data.content} images={query.data.images} />
        </Stack>
      )}
    </AppModal>
  );
}
