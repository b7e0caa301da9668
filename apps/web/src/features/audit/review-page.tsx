import { REVIEW_CSV_PATH, type ReviewItem } from '@lotsa/contracts';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import { isUnitManager, useSignedInMe } from '../../lib/session.ts';
import { ReviewTable } from './review-table.tsx';
import { useMarkReviewed, useReviewQueue, useReviewSample, useReviewSummary } from './use-review.ts';

/** Logguppföljning: the unit manager's queue of flagged accesses, the week's sample, the month. */
export function ReviewPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (!isUnitManager(me))
    return <NotAllowed title={t('audit.review.title')} message={t('errors.managerOnly')} />;
  return <Review key={me.activeUnitId} />;
}

function Review() {
  const { t } = useTranslation();
  const queue = useReviewQueue({ state: 'open' });
  const sample = useReviewSample();
  const month = todayInStockholm().slice(0, 7);
  const summary = useReviewSummary(month);
  const [reviewing, setReviewing] = useState<ReviewItem | null>(null);
  const s = summary.data;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('audit.review.title')}</PageTitle>
        <Text>{t('audit.review.intro')}</Text>
      </Stack>
      {s && (
        <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="review-summary">
          <Figure label={t('audit.review.summary.flagged', { month })} value={s.flagged} />
          <Figure label={t('audit.review.summary.flaggedReviewed')} value={s.flaggedReviewed} />
          <Figure label={t('audit.review.summary.sampled')} value={s.sampled} />
          <Figure label={t('audit.review.summary.reviews')} value={s.reviews} />
        </SimpleGrid>
      )}
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('audit.review.queue')}</Title>
        <Anchor href={REVIEW_CSV_PATH} download>
          {t('audit.review.csv')}
        </Anchor>
      </Group>
      <ErrorAlert error={queue.error} />
      {queue.isPending ? (
        <LoadingState />
      ) : (
        <ReviewTable items={queue.data ?? []} label={t('audit.review.queue')} onReview={setReviewing} />
      )}
      <Title order={2}>{t('audit.review.sample', { week: sample.data?.week ?? '' })}</Title>
      <ErrorAlert error={sample.error} />
      {sample.data && (
        <ReviewTable
          items={sample.data.items}
          label={t('audit.review.sampleLabel')}
          onReview={setReviewing}
        />
      )}
      {reviewing && <ReviewModal item={reviewing} onClose={() => setReviewing(null)} />}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm">{label}</Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function ReviewModal({ item, onClose }: { item: ReviewItem; onClose: () => void }) {
  const { t } = useTranslation();
  const mark = useMarkReviewed();
  const [comment, setComment] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mark.mutate({ auditId: item.auditId, comment }, { onSuccess: onClose });
  };
  return (
    <AppModal
      title={t('audit.review.modalTitle', { user: item.userName, patient: item.patientName })}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('audit.review.comment')}
            description={t('audit.review.commentDescription')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={500}
            required
            autosize
            minRows={3}
          />
          <ErrorAlert error={mark.error} showFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={mark.isPending}>
              {t('audit.review.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
