import type { CreatedLetter } from '@lotsa/contracts';
import { endpoints } from '@lotsa/contracts';
import { Alert, Button, Card, Group, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { call } from '../../lib/api.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { startWords } from '../../lib/when.ts';
import { lixText } from './lix-label.ts';
import { fetchLettersPdf, tokenOf, useLetterDay } from './use-letters.ts';

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  });

type Run =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number; current: string }
  | { state: 'pdf'; total: number }
  | { state: 'ready'; url: string; count: number }
  | { state: 'failed'; error: unknown; done: number; total: number };

/**
 * /kallelser: the day's visits (by default the next day the unit is open, as the server says), "Skriv ut alla" that makes every letter one by
 * one with a progress bar and then gives one PDF to print, and the day's letters log.
 */
export function LettersPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const qc = useQueryClient();
  // Null until the user picks a day: the server then answers for the next day the unit is open.
  const [date, setDate] = useState<string | null>(null);
  const day = useLetterDay(date);
  const shownDate = date ?? day.data?.date ?? '';
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const progressLabel = useId();

  useEffect(
    () => () => {
      if (run.state === 'ready') URL.revokeObjectURL(run.url);
    },
    [run],
  );

  const printAll = async () => {
    const bookings = day.data?.bookings ?? [];
    const batchId = crypto.randomUUID();
    const made: CreatedLetter[] = [];
    for (const [i, b] of bookings.entries()) {
      setRun({ state: 'running', done: i, total: bookings.length, current: b.patientName });
      try {
        made.push(
          ...(await call(endpoints.letters.createLetters, {
            params: { id: b.bookingId },
            body: { batchId },
          })),
        );
      } catch (error) {
        setRun({ state: 'failed', error, done: i, total: bookings.length });
        return;
      }
    }
    setRun({ state: 'pdf', total: bookings.length });
    try {
      const blob = await fetchLettersPdf(
        made.map((l) => ({ id: l.id, token: tokenOf(l) })),
        me.csrfToken,
      );
      await qc.invalidateQueries({ queryKey: ['letters'] });
      setRun({ state: 'ready', url: URL.createObjectURL(blob), count: made.length });
    } catch (error) {
      setRun({ state: 'failed', error, done: bookings.length, total: bookings.length });
    }
  };

  const busy = run.state === 'running' || run.state === 'pdf';
  const percent =
    run.state === 'running' ? (100 * run.done) / Math.max(1, run.total) : run.state === 'idle' ? 0 : 100;

  return (
    <Stack>
      <PageTitle>{t('letters.page.title')}</PageTitle>
      <Text>{t('letters.page.intro')}</Text>
      <Group align="end">
        <TextInput
          type="date"
          label={t('letters.page.date')}
          description={date === null ? t('letters.page.dateDefault') : undefined}
          value={shownDate}
          onChange={(e) => {
            setDate(e.currentTarget.value || null);
            setRun({ state: 'idle' });
          }}
        />
        <Button
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={printAll}
          loading={busy}
          disabled={!day.data || day.data.bookings.length === 0}
        >
          {t('letters.page.printAll')}
        </Button>
      </Group>
      {run.state !== 'idle' && (
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
            <Progress.Section value={percent} aria-labelledby={progressLabel} />
          </Progress.Root>
          {run.state === 'ready' && (
            <Group mt="sm">
              <Button
                component="a"
                href={run.url}
                download={`kallelser-${shownDate}.pdf`}
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
      )}
      {day.isPending ? (
        <LoadingState />
      ) : day.isError ? (
        <ErrorAlert error={day.error} />
      ) : (
        <>
          <Title order={2} size="h3">
            {t('letters.page.bookings', { count: day.data.bookings.length })}
          </Title>
          {day.data.bookings.length === 0 ? (
            <Alert color="gray">{t('letters.page.noBookings')}</Alert>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label={t('letters.page.bookingsTable')} data-testid="letter-bookings">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('letters.page.time')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.patient')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.visit')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.letters')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {day.data.bookings.map((b) => (
                    <Table.Tr key={b.bookingId}>
                      <Table.Th scope="row">{clock(b.start)}</Table.Th>
                      <Table.Td>{b.patientName}</Table.Td>
                      <Table.Td>{b.visitTypeName}</Table.Td>
                      <Table.Td>{b.letterCount}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Title order={2} size="h3">
            {t('letters.page.log')}
          </Title>
          {day.data.letters.length === 0 ? (
            <Text>{t('letters.page.noLetters')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table aria-label={t('letters.page.log')} data-testid="letter-log">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('letters.page.made')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.patient')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.recipient')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.variant')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.readability')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.sent')}</Table.Th>
                    <Table.Th scope="col">{t('letters.page.visitNow')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {day.data.letters.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Th scope="row">
                        {new Date(l.createdAt).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' })}
                      </Table.Th>
                      <Table.Td>{l.patientName}</Table.Td>
                      <Table.Td>{t(`letters.recipients.${l.recipient}`)}</Table.Td>
                      <Table.Td>{t(`letters.variants.${l.variant}`)}</Table.Td>
                      <Table.Td>{lixText(t, l.lix)}</Table.Td>
                      <Table.Td>
                        {l.sentVia ? t(`letters.sentVia.${l.sentVia}`) : t('letters.notSent')}
                      </Table.Td>
                      <Table.Td>
                        {l.change.state === 'same'
                          ? t('letters.page.same')
                          : l.change.state === 'moved'
                            ? t('letters.page.movedTo', { when: startWords(l.change.start!, i18n.language) })
                            : t('letters.page.cancelledShort')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
