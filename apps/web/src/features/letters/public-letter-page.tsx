import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { ApiError } from '../../lib/api.ts';
import { ChangeNotice } from './change-notice.tsx';
import { LetterView } from './letter-view.tsx';
import { usePublicLetter } from './use-letters.ts';

/**
 * /brev/:token — a letter's web page for the patient or representative: no sign-in, phone-friendly.
 * The letter as it was sent; when the visit has been moved or cancelled since, an easy-read notice
 * above it (the first thing a screen reader meets).
 */
export function PublicLetterPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const query = usePublicLetter(token);
  return (
    <main className="public-letter-page">
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <Stack maw={640} mx="auto">
          <h1>{t('letters.public.goneTitle')}</h1>
          <Alert color="red" title={t('letters.public.goneTitle')}>
            {query.error instanceof ApiError ? query.error.message : t('letters.public.gone')}
          </Alert>
        </Stack>
      ) : (
        <>
          {query.data.notice && <ChangeNotice notice={query.data.notice} />}
          <LetterView content={query.data.content} images={query.data.images} />
        </>
      )}
    </main>
  );
}
