import type { Registration } from '@lotsa/contracts';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { formatDate } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useResolveDuplicate } from './use-intake.ts';

type Kind = 'merge' | 'notDuplicate';
const k = 'intake.duplicate';

/** The badge on a card and a page: the same words and icon everywhere. */
export function DuplicateBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="light" size="lg" leftSection={<IconCopy size={14} aria-hidden />}>
      {t(`${k}.badge`)}
    </Badge>
  );
}

/**
 * Möjlig dubblett: on a later public-form registration for someone with an open registration, the
 * link to the earlier one and the two answers (merge, not a duplicate); on the earlier one, links to
 * the later ones. Once handled, what was decided and why.
 */
export function DuplicatePanel({ registration: r }: { registration: Registration }) {
  const { t } = useTranslation();
  const [resolving, setResolving] = useState<Kind | null>(null);
  const d = r.duplicate;
  const later = r.possibleDuplicates ?? [];
  if (!d && later.length === 0) return null;
  return (
    <Stack gap="sm">
      {d?.status === 'open' && (
        <Alert
          color="grape"
          variant="light"
          title={<DuplicateBadge />}
          data-testid="duplicate-alert"
          aria-label={t(`${k}.badge`)}
        >
          <Stack gap="sm">
            <Text>{t(`${k}.laterIntro`, { reference: d.ofReference })}</Text>
            <Group gap="sm">
              <Anchor component={Link} to={`/intag/${d.of}`} c="grape.9" underline="always">
                {t(`${k}.openOther`, { reference: d.ofReference })}
              </Anchor>
            </Group>
            {d.mayResolve && (
              <Group gap="sm">
                <Button onClick={() => setResolving('merge')}>
                  {t(`${k}.merge`, { reference: d.ofReference })}
                </Button>
                <Button variant="default" onClick={() => setResolving('notDuplicate')}>
                  {t(`${k}.notDuplicate`)}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {d && d.status !== 'open' && (
        <Text data-testid="duplicate-resolved">
          {t(d.status === 'merged' ? `${k}.mergedInto` : `${k}.wasNotDuplicate`, {
            reference: d.ofReference,
            by: d.resolvedBy ?? '',
            date: d.resolvedAt ? formatDate(d.resolvedAt) : '',
            reason: d.reason ?? '',
          })}{' '}
          <Anchor component={Link} to={`/intag/${d.of}`} c="grape.9" underline="always">
            {t(`${k}.openOther`, { reference: d.ofReference })}
          </Anchor>
        </Text>
      )}
      {later.length > 0 && (
        <Alert
          color="grape"
          variant="light"
          title={<DuplicateBadge />}
          data-testid="duplicate-later"
          aria-label={t(`${k}.badge`)}
        >
          <Stack gap={4}>
            <Text>{t(`${k}.earlierIntro`, { count: later.length })}</Text>
            {later.map((l) => (
              <Anchor key={l.id} component={Link} to={`/intag/${l.id}`} c="grape.9" underline="always">
                {t(`${k}.openOther`, { reference: l.reference })}
              </Anchor>
            ))}
          </Stack>
        </Alert>
      )}
      {resolving && d && (
        <ResolveDuplicateDialog registration={r} kind={resolving} onClose={() => setResolving(null)} />
      )}
    </Stack>
  );
}

/** First the reason, then a confirmation that says what follows; a refusal shows in the confirmation. */
function ResolveDuplicateDialog({
  registration: r,
  kind,
  onClose,
}: {
  registration: Registration;
  kind: Kind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const d = r.duplicate!;
  const resolve = useResolveDuplicate(r.id, d.of);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const words = {
    reference: d.ofReference,
    name: r.personName,
  };

  if (confirming)
    return (
      <ConfirmDialog
        opened
        title={t(kind === 'merge' ? `${k}.mergeConfirmTitle` : `${k}.notDuplicateConfirmTitle`, words)}
        message={t(kind === 'merge' ? `${k}.mergeConfirm` : `${k}.notDuplicateConfirm`, words)}
        confirmLabel={t(kind === 'merge' ? `${k}.merge` : `${k}.notDuplicate`, words)}
        loading={resolve.isPending}
        error={resolve.error}
        onCancel={onClose}
        onConfirm={() =>
          resolve.mutate(
            { kind, reason: reason.trim() },
            {
              onSuccess: () => {
                notify.success(t(kind === 'merge' ? `${k}.merged` : `${k}.markedNotDuplicate`, words));
                onClose();
                if (kind === 'merge') void navigate(`/intag/${d.of}`);
              },
            },
          )
        }
      />
    );

  return (
    <FormModal
      title={t(kind === 'merge' ? `${k}.mergeTitle` : `${k}.notDuplicateTitle`, words)}
      onClose={onClose}
      onSubmit={() => {
        if (reason.trim().length < 3) {
          setMissing(true);
          return;
        }
        setConfirming(true);
      }}
      pending={false}
      error={null}
      submitLabel={t('intake.simple.next')}
    >
      <Text mb="sm">{t(kind === 'merge' ? `${k}.mergeIntro` : `${k}.notDuplicateIntro`, words)}</Text>
      <Textarea
        label={t(`${k}.reason`)}
        description={t(`${k}.reasonHint`)}
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
    </FormModal>
  );
}
