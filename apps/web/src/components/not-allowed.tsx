import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './page-title.tsx';

/** What a page shows to someone whose role does not allow it (the server refuses it too). */
export function NotAllowed({ title, message }: { title: string; message: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{title}</PageTitle>
      <Alert role="alert" color="yellow" title={t('errors.forbiddenTitle')}>
        {message}
      </Alert>
    </Stack>
  );
}
