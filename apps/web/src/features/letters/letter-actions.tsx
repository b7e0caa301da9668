import type { CreatedLetter } from '@lotsa/contracts';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconFileTypePdf, IconMail, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useSignedInMe } from '../../lib/session.ts';
import { LetterChanged } from './letter-changed.tsx';
import { lixText } from './lix-label.ts';
import {
  fetchLettersPdf,
  openBlob,
  tokenOf,
  useBookingLetters,
  useCreateLetters,
  useMarkSent,
} from './use-letters.ts';

/**
 * "Skapa kallelse" on a booking: makes the letter(s) for the recipients the profile names and shows
 * each one's variant, recipient and readability, with Öppna PDF, Öppna webbsidan and Markera som skickad.
 */
export function LetterActions({ bookingId, label }: { bookingId: string; label: string }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const create = useCreateLetters();
  const sent = useMarkSent();
  const [letters, setLetters] = useState<CreatedLetter[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [sentIds, setSentIds] = useState<Set<string>>(new Set());
  const earlier = useBookingLetters(bookingId);
  const makeLetters = () => create.mutate({ bookingId }, { onSuccess: setLetters });
  // Letters made earlier (for this visit or the one it was moved from) that no longer match it, and
  // that no newer, matching letter has replaced.
  const newestSame =
    (earlier.data ?? [])
      .filter((l) => l.change.state === 'same')
      .map((l) => l.createdAt)
      .sort()
      .at(-1) ?? '';
  const changed = (earlier.data ?? []).filter((l) => l.change.state !== 'same' && l.createdAt > newestSame);

  const openPdf = async (l: CreatedLetter) => {
    setError(null);
    try {
      openBlob(await fetchLettersPdf([{ id: l.id, token: tokenOf(l) }], me.csrfToken));
    } catch (err) {
      setError(err);
    }
  };

  if (letters.length === 0)
    return (
      <Stack gap={4}>
        {changed.map((l) => (
          <LetterChanged key={l.id} letter={l} onCreate={makeLetters} creating={create.isPending} />
        ))}
        <Button
          size="xs"
          variant="light"
          leftSection={<IconMail size={16} aria-hidden />}
          loading={create.isPending}
          aria-label={t('letters.createNamed', { visit: label })}
          onClick={makeLetters}
        >
          {t('letters.create')}
        </Button>
        <ErrorAlert error={create.error} />
      </Stack>
    );

  return (
    <Stack gap="xs" data-testid="letter-actions">
      {letters.map((l) => (
        <Stack key={l.id} gap={4}>
          <Group gap="xs">
            <Badge variant="light">{t(`letters.variants.${l.variant}`)}</Badge>
            <Text size="sm">{t('letters.to', { name: l.recipientName })}</Text>
          </Group>
          <Text size="sm">{lixText(t, l.lix)}</Text>
          <Group gap={4}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              onClick={() => openPdf(l)}
            >
              {t('letters.openPdf')}
            </Button>
            <Button
              size="xs"
              variant="default"
              component="a"
              href={l.webUrl}
              target="_blank"
              rel="noopener"
              leftSection={<IconExternalLink size={16} aria-hidden />}
            >
              {t('letters.openWeb')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconSend size={16} aria-hidden />}
              disabled={sentIds.has(l.id)}
              loading={sent.isPending && sent.variables?.id === l.id}
              onClick={() =>
                sent.mutate(
                  { id: l.id, via: 'print' },
                  { onSuccess: () => setSentIds((s) => new Set(s).add(l.id)) },
                )
              }
            >
              {sentIds.has(l.id) ? t('letters.sent') : t('letters.markSent')}
            </Button>
          </Group>
          <Anchor href={l.webUrl} size="xs" target="_blank" rel="noopener" style={{ wordBreak: 'break-all' }}>
            {l.webUrl}
          </Anchor>
        </Stack>
      ))}
      <ErrorAlert error={error ?? sent.error} />
    </Stack>
  );
}
