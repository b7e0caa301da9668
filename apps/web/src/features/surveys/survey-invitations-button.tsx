import { Button, CopyButton, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconQrcode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../lib/format.ts';
import { useCreateInvitations } from './use-surveys.ts';

/**
 * "Enkätlänkar" for one booked or completed visit: makes (or renews) the links and shows a QR code per
 * audience, to print or show on a screen. For the booking and day-list pages.
 */
export function SurveyInvitationsButton({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  const create = useCreateInvitations();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconQrcode size={18} aria-hidden />}
        loading={create.isPending}
        onClick={() => create.mutate(bookingId, { onSettled: () => setOpen(true) })}
      >
        {t('surveys.invite.button')}
      </Button>
      <AppModal title={t('surveys.invite.title')} opened={open} onClose={() => setOpen(false)}>
        <Stack>
          <Text>{t('surveys.invite.text')}</Text>
          <ErrorAlert error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {create.data?.invitations.map((inv) => {
              const who = t(`surveys.invite.${inv.audience}`);
              return (
                <Stack key={inv.audience} gap="xs">
                  <Title order={3} size="h4">
                    {who}
                  </Title>
                  {inv.url && inv.qrSvg ? (
                    <>
                      <Image
                        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(inv.qrSvg)}`}
                        alt={t('surveys.invite.qr', { who })}
                        w={180}
                        h={180}
                      />
                      <Text size="sm" style={{ wordBreak: 'break-all' }}>
                        {inv.url}
                      </Text>
                      {inv.expiresAt && (
                        <Text size="sm">
                          {t('surveys.invite.expires', { date: formatDate(inv.expiresAt) })}
                        </Text>
                      )}
                      <Group>
                        <CopyButton value={inv.url}>
                          {({ copied, copy }) => (
                            <Button size="xs" variant="light" onClick={copy}>
                              {copied ? t('surveys.invite.copied') : t('surveys.invite.copy')}
                            </Button>
                          )}
                        </CopyButton>
                      </Group>
                    </>
                  ) : (
                    <Text>{t('surveys.invite.answered')}</Text>
                  )}
                </Stack>
              );
            })}
          </SimpleGrid>
        </Stack>
      </AppModal>
    </>
  );
}
