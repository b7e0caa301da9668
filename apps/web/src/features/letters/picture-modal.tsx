import { Avatar, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useSignedInMe } from '../../lib/session.ts';
import {
  type PictureKind,
  pictureUrl,
  usePictureInfo,
  useRemovePicture,
  useUploadPicture,
} from './use-letters.ts';

/**
 * Upload or remove a staff member's photo (or a unit's entrance picture). The server checks the
 * content, re-encodes it to 400 × 400 and removes metadata such as GPS position.
 */
export function PictureModal({
  kind,
  ownerId,
  name,
  onClose,
}: {
  kind: PictureKind;
  ownerId: string;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const info = usePictureInfo(kind, ownerId);
  const upload = useUploadPicture(kind, ownerId, me.csrfToken);
  const remove = useRemovePicture(kind, ownerId);
  const k = `letters.picture.${kind}` as const;
  const [confirming, setConfirming] = useState(false);
  return (
    <AppModal opened onClose={onClose} title={t(`${k}.title`, { name })}>
      <Stack>
        <Text>{t(`${k}.rules`)}</Text>
        <Group>
          {kind === 'unit_entrance' && info.data ? (
            // An entrance keeps its shape: shown whole, not cropped to a circle or square.
            <Image
              src={pictureUrl(kind, ownerId, info.data.createdAt)}
              h={120}
              w="auto"
              fit="contain"
              radius="md"
              alt={t(`${k}.alt`, { name })}
            />
          ) : (
            <Avatar
              src={info.data ? pictureUrl(kind, ownerId, info.data.createdAt) : null}
              size={120}
              radius={kind === 'staff' ? 120 : 'md'}
              alt={info.data ? t(`${k}.alt`, { name }) : ''}
            >
              {name
                .split(' ')
                .map((w) => w[0])
                .join('')
                .slice(0, 2)}
            </Avatar>
          )}
          <Text>{info.data ? t('letters.picture.has') : t('letters.picture.none')}</Text>
        </Group>
        <ErrorAlert error={upload.error ?? remove.error} />
        <Group>
          <FileButton onChange={(f) => f && upload.mutate(f)} accept="image/jpeg,image/png,image/webp">
            {(props) => (
              <Button
                {...props}
                loading={upload.isPending}
                leftSection={<IconUpload size={18} aria-hidden />}
              >
                {t('letters.picture.upload')}
              </Button>
            )}
          </FileButton>
          {info.data && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              {t('letters.picture.remove')}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('letters.picture.confirmTitle')}
        message={t(`${k}.confirm`, { name })}
        confirmLabel={t('actions.remove')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      />
    </AppModal>
  );
}
