import { Button, Card, Group, Progress, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { type PrintRun, printPercent } from './print-run.ts';

/** "Skriv ut alla" under way: what it is doing (spoken), a named bar, then the PDF or the error. */
export function PrintProgress({ run, date }: { run: Exclude<PrintRun, { state: 'idle' }>; date: string }) {
  const { t } = useTranslation();
  const progressLabel = useId();
  return (
    <Card withBorder data-testid="bulk-progress">
      <Text id={progressLabel} mb="xs" aria-live="polite">
        {run.state === 'running'
          ? t('letters.page.progress', { done: run.done, total: run.total, name: run.current })
          : run.state === 'pdf'
            ? t('letters.page.makingPdf', { total: run.total })
            : run.state === 'ready'
              ? t('letters.page.ready', { count: run.count })
              : t('letters.page.failed', { done: run.done, total: run.total })}
      </Text>
      <Progress.Root size="xl">
        {/* The section is the element with role progressbar: it carries the name. */}
        <Progress.Section value={printPercent(run)} aria-labelledby={progressLabel} />
      </Progress.Root>
      {run.state === 'ready' && (
        <Group mt="sm">
          <Button
            component="a"
            href={run.url}
            download={`kallelser-${date}.pdf`}
            leftSection={<IconDownload size={18} aria-hidden />}
            data-testid="download-pdf"
          >
            {t('letters.page.download')}
          </Button>
          <Button component="a" href={run.url} target="_blank" rel="noopener" variant="default">
            {t('letters.openPdf')}
          </Button>
        </Group>
      )}
      {run.state === 'failed' && <ErrorAlert error={run.error} />}
    </Card>
  );
}
