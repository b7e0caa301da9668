import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { BookFirstCallModal } from './book-first-call-modal.tsx';
import { ConsentModal } from './consent-modal.tsx';
import { DecideModal } from './decide-modal.tsx';
import { DeclineOfferDialog, EndingStepDialog } from './ending-step-dialogs.tsx';
import type { ActionKind } from './intake-actions.ts';
import { NeedsMappingModal } from './needs-mapping-modal.tsx';
import { NoteStepModal } from './note-step-modal.tsx';
import { useRegistration } from './use-intake.ts';

/** The dialog of one step. Steps that need the whole registration (criteria, mapping) load it first. */
export function IntakeActionDialog({
  id,
  name,
  action,
  onClose,
}: {
  id: string;
  name: string;
  action: ActionKind;
  onClose: () => void;
}) {
  const needsRegistration =
    action === 'recordFirstCall' || action === 'decideEligibility' || action === 'recordConsent';
  switch (action) {
    case 'bookFirstCall':
      return <BookFirstCallModal id={id} name={name} onClose={onClose} />;
    case 'enrol':
    case 'addToWaitingList':
      return <NoteStepModal id={id} name={name} kind={action} onClose={onClose} />;
    case 'declineOffer':
      return <DeclineOfferDialog id={id} name={name} onClose={onClose} />;
    case 'exit':
    case 'close':
    case 'withdrawConsent':
      return <EndingStepDialog id={id} name={name} kind={action} onClose={onClose} />;
    default:
      return needsRegistration ? (
        <WithRegistration id={id} name={name} action={action} onClose={onClose} />
      ) : null;
  }
}

function WithRegistration({
  id,
  name,
  action,
  onClose,
}: {
  id: string;
  name: string;
  action: 'recordFirstCall' | 'decideEligibility' | 'recordConsent';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useRegistration(id);
  if (!query.data) {
    return (
      <AppModal
        title={t('intake.actionFor', { action: t(`intake.actions.${action}`), name })}
        onClose={onClose}
      >
        {query.isError ? <ErrorAlert error={query.error} /> : <LoadingState />}
      </AppModal>
    );
  }
  const r = query.data;
  if (action === 'recordFirstCall') return <NeedsMappingModal registration={r} onClose={onClose} />;
  if (action === 'decideEligibility') return <DecideModal registration={r} onClose={onClose} />;
  return <ConsentModal registration={r} onClose={onClose} />;
}
