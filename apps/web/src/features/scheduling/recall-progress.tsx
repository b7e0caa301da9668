import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useBookMany } from './use-book-many.ts';

/** How far "Boka valda" has come: a bar and a spoken status (booking, stopped or finished). */
export function RecallProgress({ run }: { run: ReturnType<typeof useBookMany> }) {
  const { t } = useTranslation();
  const k = 'scheduling.recall';
  const counts = { done: run.booked, total: run.total };
  return (
    <Stack gap={4} maw={480} data-testid="recall-progress">
      <Progress
        value={(run.done / run.total) * 100}
        aria-label={t(`${k}.progressLabel`)}
        aria-valuetext={t(`${k}.progress`, counts)}
        size="lg"
        animated={run.running}
      />
      <Text role="status" aria-live="polite">
        {run.running
          ? t(`${k}.progress`, counts)
          : run.stopped
            ? t(`${k}.stopped`, counts)
            : t(`${k}.finished`, { booked: run.booked, total: run.total })}
      </Text>
    </Stack>
  );
}
