import type { SeriesResult, VisitType } from '@lotsa/contracts';
import { Alert, Button, Card, Group, List, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import { sayMessage } from '../../lib/messages.ts';
import { capitalise, clock, dayWords } from '../../lib/when.ts';
import { recurrenceWords } from './series.ts';
import { useBookSeries } from './use-scheduling.ts';

const DEFAULT_COUNT = 6;

/**
 * Boka serie: for a recurring visit type (the joint session every other Wednesday), books the next
 * `count` dates at once after a confirmation, and lists per date what was booked and what was not.
 */
export function SeriesPanel({
  patientId,
  patientName,
  visitType,
  note,
}: {
  patientId: string;
  patientName: string;
  visitType: VisitType;
  note: string;
}) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.series';
  const lang = i18n.language;
  const headingId = useId();
  const [count, setCount] = useState<number | string>(DEFAULT_COUNT);
  const [fromDate, setFromDate] = useState(todayInStockholm());
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<SeriesResult | null>(null);
  const book = useBookSeries();
  const recurrence = visitType.recurrence;
  if (!recurrence) return null;
  const n = typeof count === 'number' ? count : Number.NaN;
  const countError = Number.isInteger(n) && n >= 1 && n <= 26 ? null : t(`${k}.countError`);
  const pattern = recurrenceWords(recurrence, lang);

  const submit = () =>
    book.mutate(
      { patientId, visitTypeId: visitType.id, fromDate, count: n, note: note || undefined },
      {
        onSuccess: (r) => {
          setAsking(false);
          setResult(r);
        },
      },
    );

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="series-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t(`${k}.title`)}
        </Title>
        <Text>{t(`${k}.pattern`, { name: visitType.name, pattern })}</Text>
        <Group align="flex-end" gap="md">
          <NumberInput
            label={t(`${k}.count`)}
            min={1}
            max={26}
            value={count}
            onChange={setCount}
            error={countError}
            w={160}
            allowDecimal={false}
          />
          <TextInput
            type="date"
            label={t(`${k}.from`)}
            value={fromDate}
            min={todayInStockholm()}
            onChange={(e) => setFromDate(e.currentTarget.value)}
            w={200}
          />
          <Button onClick={() => setAsking(true)} disabled={countError !== null || !fromDate}>
            {t(`${k}.book`, { count: Number.isInteger(n) ? n : 0 })}
          </Button>
        </Group>
        <div aria-live="polite">
          {result && (
            <Stack gap="xs" data-testid="series-result">
              <Alert
                color={result.booked === result.occurrences.length ? 'green' : 'orange'}
                variant="light"
                role="status"
              >
                {t(`${k}.summary`, { booked: result.booked, count: result.occurrences.length })}
              </Alert>
              <List spacing="xs" listStyleType="none" ps={0}>
                {result.occurrences.map((o) => (
                  <List.Item
                    key={o.date}
                    icon={
                      o.status === 'booked' ? (
                        <IconCheck aria-hidden size={18} color="var(--mantine-color-green-8)" />
                      ) : (
                        <IconX aria-hidden size={18} color="var(--mantine-color-red-8)" />
                      )
                    }
                  >
                    <Text span fw={600}>
                      {capitalise(dayWords(o.date, lang))}:{' '}
                    </Text>
                    {o.booking ? (
                      <>
                        <Text span>{t(`${k}.bookedAt`, { time: clock(o.booking.start, lang) })}</Text>{' '}
                        {!o.atSeriesTime && (
                          <Text span fw={600}>
                            ({t(`${k}.otherTime`)})
                          </Text>
                        )}
                      </>
                    ) : (
                      <Text span>
                        {t(`${k}.notBooked`)} {o.reasons.map((r) => sayMessage(r, lang)).join(' ')}
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </div>
      </Stack>
      <ConfirmDialog
        opened={asking}
        title={t(`${k}.confirmTitle`)}
        message={t(`${k}.confirmMessage`, { count: n, name: patientName, pattern })}
        confirmLabel={t(`${k}.book`, { count: Number.isInteger(n) ? n : 0 })}
        onConfirm={submit}
        onCancel={() => setAsking(false)}
        loading={book.isPending}
        error={book.error}
        confirmColor="blue"
      />
    </Card>
  );
}
