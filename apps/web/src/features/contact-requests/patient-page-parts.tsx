import { Button } from '@mantine/core';
import { IconPhoneIncoming } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlotPart } from '../../lib/slots.tsx';
import type { PatientPartProps } from '../patients/index.ts';
import { NewContactRequestModal } from './new-contact-request-modal.tsx';

/** "Nytt ärende" in the patient's header: registers a call about the patient. */
export const newContactRequestAction: SlotPart<PatientPartProps> = {
  id: 'new-contact-request',
  order: 30,
  Component: NewContactRequestButton,
};

function NewContactRequestButton({ patient }: PatientPartProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPhoneIncoming size={18} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('contactRequests.new')}
      </Button>
      {open && <NewContactRequestModal patientId={patient.id} onClose={() => setOpen(false)} />}
    </>
  );
}
