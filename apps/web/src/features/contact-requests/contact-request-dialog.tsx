import type { ContactRequest } from '@lotsa/contracts';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { RequestFacts } from './request-facts.tsx';
import { RequestLogTable } from './request-log-table.tsx';
import { UpdateForm } from './request-update-form.tsx';
import { useContactRequest } from './use-contact-requests.ts';

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
  const { t } = useTranslation();
  return (
    <Stack>
      <RequestFacts request={r} />
      <Title order={3} size="h4">
        {t('contactRequests.detail.log')}
      </Title>
      <RequestLogTable events={r.events} />
      <UpdateForm request={r} onClose={onClose} />
    </Stack>
  );
}
