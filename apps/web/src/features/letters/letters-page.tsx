import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { LetterBookingsTable, LetterLogTable } from './letter-day-tables.tsx';
import { PrintProgress } from './print-progress.tsx';
import { useLetterDay } from './use-letters.ts';
import { usePrintAll } from './use-print-all.ts';

/**
 * /kallelser: the day's visits (by default the next day the unit is open, as the server says), "Skriv ut alla" that makes every letter one by
 * one with a progress bar and then gives one PDF to print, and the day's letters log.
 */
export function LettersPage() {
  const { t } = useTranslation();
  // Null until the user picks a day: the server then answers for the next day the unit is open.
  const [date, setDate] = useState<string | null>(null);
  const day = useLetterDay(date);
  const shownDate = date ?? day.data?.date ?? '';
  const { run, busy, printAll, reset } = usePrintAll();

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
            reset();
          }}
        />
        <Button
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={() => printAll(day.data?.bookings ?? [])}
          loading={busy}
          disabled={!day.data || day.data.bookings.length === 0}
        >
          {t('letters.page.printAll')}
        </Button>
      </Group>
      {run.state !== 'idle' && <PrintProgress run={run} date={shownDate} />}
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
            <LetterBookingsTable bookings={day.data.bookings} />
          )}
          <Title order={2} size="h3">
            {t('letters.page.log')}
          </Title>
          {day.data.letters.length === 0 ? (
            <Text>{t('letters.page.noLetters')}</Text>
          ) : (
            <LetterLogTable letters={day.data.letters} />
          )}
        </>
      )}
    </Stack>
  );
}
