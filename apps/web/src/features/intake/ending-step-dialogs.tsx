import { CLOSE_REASONS, EXIT_REASONS } from '@lotsa/contracts';
import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useIntakeStep } from './use-intake.ts';

type ExitReason = (typeof EXIT_REASONS)[number];
type CloseReason = (typeof CLOSE_REASONS)[number];

/** Tackar nej till platsen: one question, then the place goes to the next in line. */
export function DeclineOfferDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const step = useIntakeStep(id);
  const k = 'intake.simple';
  return (
    <ConfirmDialog
      opened
      title={t(`${k}.declineTitle`, { name })}
      message={t(`${k}.declineMessage`)}
      confirmLabel={t('intake.actions.declineOffer')}
      loading={step.isPending}
      error={step.error}
      onCancel={onClose}
      onConfirm={() =>
        step.mutate(
          { kind: 'declineOffer', body: { note: null } },
          {
            onSuccess: () => {
              notify.success(t(`${k}.declined`));
              onClose();
            },
          },
        )
      }
    />
  );
}

type EndingKind = 'exit' | 'close' | 'withdrawConsent';

/**
 * Skriv ut / Avsluta anmälan / Återkalla samtycke: first the reason (and a note), then a
 * confirmation that says what follows. A refusal shows in the confirmation.
 */
export function EndingStepDialog({
  id,
  name,
  kind,
  onClose,
}: {
  id: string;
  name: string;
  kind: EndingKind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const step = useIntakeStep(id);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState<string>(
    kind === 'exit' ? 'moved_away' : kind === 'close' ? 'declined' : '',
  );
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const k = 'intake.simple';

  const reasonWords =
    kind === 'exit'
      ? t(`intake.exitReasons.${reason as ExitReason}`)
      : kind === 'close'
        ? t(`intake.closeReasons.${reason as CloseReason}`)
        : reason;
  const words = {
    exit: {
      title: t(`${k}.exitTitle`, { name }),
      confirmTitle: t(`${k}.exitConfirmTitle`, { name }),
      confirm: t(`${k}.exitConfirm`, { reason: reasonWords }),
      done: t(`${k}.exited`, { name }),
    },
    close: {
      title: t(`${k}.closeTitle`, { name }),
      confirmTitle: t(`${k}.closeConfirmTitle`, { name }),
      confirm: t(`${k}.closeConfirm`, { reason: reasonWords }),
      done: t(`${k}.closed`),
    },
    withdrawConsent: {
      title: t(`${k}.withdrawTitle`, { name }),
      confirmTitle: t(`${k}.withdrawConfirmTitle`, { name }),
      confirm: t(`${k}.withdrawConfirm`),
      done: t(`${k}.withdrawn`),
    },
  }[kind];

  const run = () => {
    const done = {
      onSuccess: () => {
        notify.success(words.done);
        onClose();
      },
    };
    if (kind === 'exit') step.mutate({ kind, body: { reason: reason as ExitReason, note } }, done);
    else if (kind === 'close') step.mutate({ kind, body: { reason: reason as CloseReason, note } }, done);
    else step.mutate({ kind, body: { reason } }, done);
  };

  if (confirming) {
    return (
      <ConfirmDialog
        opened
        title={words.confirmTitle}
        message={words.confirm}
        confirmLabel={t(`intake.actions.${kind}`)}
        loading={step.isPending}
        error={step.error}
        onCancel={onClose}
        onConfirm={run}
      />
    );
  }

  return (
    <FormModal
      title={words.title}
      onClose={onClose}
      onSubmit={() => {
        if (reason.trim() === '') {
          setMissing(true);
          return;
        }
        setConfirming(true);
      }}
      pending={false}
      error={null}
      submitLabel={t(`${k}.next`)}
    >
      {kind === 'withdrawConsent' ? (
        <Textarea
          label={t(`${k}.withdrawReason`)}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t(`${k}.reasonMissing`) : undefined}
          data-autofocus
        />
      ) : (
        <>
          <Select
            label={t(kind === 'exit' ? `${k}.exitReason` : `${k}.closeReason`)}
            required
            allowDeselect={false}
            data={(kind === 'exit' ? EXIT_REASONS : CLOSE_REASONS).map((r) => ({
              value: r,
              label:
                kind === 'exit'
                  ? t(`intake.exitReasons.${r as ExitReason}`)
                  : t(`intake.closeReasons.${r as CloseReason}`),
            }))}
            value={reason}
            onChange={(v) => v && setReason(v)}
            data-autofocus
          />
          <Textarea
            label={t(`${k}.note`)}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        </>
      )}
    </FormModal>
  );
}
