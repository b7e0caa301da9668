import type { RecallItem } from '@lotsa/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Progress,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatDate } from '../../lib/format.ts';
import { capitalise, inLanguage, startWords, whenWords } from '../../lib/when.ts';
import { type BookManyResult, useBookMany } from './use-book-many.ts';
import { HEALTH_CHECK, useRecall, useSlotSearch, useVisitTypes } from './use-scheduling.ts';

const STATUS_COLOR: Record<RecallItem['status'], string> = {
  overdue: 'red',
  due: 'orange',
  upcoming: 'gray',
};
const WITHIN = [4, 8, 12, 26];

/**
 * Återkallelse: who is due or overdue for the annual health check. Tick rows and "Boka valda" books
 * them one by one at the best proposed time (with progress, a result per row and a stop button);
 * "Boka" on a row opens the booking page for that patient.
 */
export function RecallPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const k = 'scheduling.recall';
  const [withinWeeks, setWithinWeeks] = useState(8);
  const recall = useRecall(withinWeeks);
  const visitTypes = useVisitTypes();
  const healthCheck = visitTypes.data?.find((v) => v.code === HEALTH_CHECK && v.active) ?? null;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const run = useBookMany(healthCheck?.id ?? null);

  const items = recall.data ?? [];
  const bookable = items.filter((i) => !i.bookedBookingId && !run.results.get(i.patientId)?.booking);
  const chosen = bookable.filter((i) => selected.has(i.patientId));
  const toggle = (id: string, on: boolean) =>
    setSelected((cur) => {
      const next = new Set(cur);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = bookable.length > 0 && chosen.length === bookable.length;

  const start = () => {
    const list = chosen.map((i) => ({ patientId: i.patientId, patientName: i.patientName }));
    setSelected(new Set());
    void run.start(list);
  };

  return (
    <Stack gap="md">
      <PageTitle>{t(`${k}.title`)}</PageTitle>
      <Text>{t(`${k}.intro`)}</Text>
      <Group align="flex-end" className="no-print">
        <NativeSelect
          label={t(`${k}.within`)}
          value={String(withinWeeks)}
          onChange={(e) => setWithinWeeks(Number(e.currentTarget.value))}
          data={WITHIN.map((w) => ({ value: String(w), label: t(`${k}.withinWeeks`, { count: w }) }))}
          disabled={run.running}
        />
        <Button onClick={start} disabled={chosen.length === 0 || run.running || !healthCheck}>
          {t(`${k}.bookSelected`, { count: chosen.length })}
        </Button>
        {run.running && (
          <Button color="red.9" variant="outline" onClick={run.stop}>
            {t(`${k}.stop`)}
          </Button>
        )}
      </Group>
      {visitTypes.isSuccess && !healthCheck && <Alert color="yellow">{t(`${k}.noHealthCheck`)}</Alert>}

      {run.total > 0 && (
        <Stack gap={4} maw={480} data-testid="recall-progress">
          <Progress
            value={(run.done / run.total) * 100}
            aria-label={t(`${k}.progressLabel`)}
            aria-valuetext={t(`${k}.progress`, { done: run.booked, total: run.total })}
            size="lg"
            animated={run.running}
          />
          <Text role="status" aria-live="polite">
            {run.running
              ? t(`${k}.progress`, { done: run.booked, total: run.total })
              : run.stopped
                ? t(`${k}.stopped`, { done: run.booked, total: run.total })
                : t(`${k}.finished`, { booked: run.booked, total: run.total })}
          </Text>
        </Stack>
      )}

      {recall.isPending ? (
        <LoadingState />
      ) : recall.isError ? (
        <ErrorAlert error={recall.error} />
      ) : items.length === 0 ? (
        <Text>{t(`${k}.empty`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table aria-label={t(`${k}.tableLabel`)} data-testid="recall-table" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={48}>
                  <Checkbox
                    aria-label={t(`${k}.selectAll`)}
                    checked={allChosen}
                    indeterminate={chosen.length > 0 && !allChosen}
                    disabled={bookable.length === 0 || run.running}
                    onChange={(e) =>
                      setSelected(
                        e.currentTarget.checked ? new Set(bookable.map((i) => i.patientId)) : new Set(),
                      )
                    }
                  />
                </Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.patient`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.status`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.due`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.last`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.needs`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.result`)}</Table.Th>
                <Table.Th scope="col" className="no-print">
                  {t('common.actionsColumn')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => {
                const result = run.results.get(i.patientId);
                const booked = result?.booking ?? null;
                const canBook = !i.bookedBookingId && !booked;
                return (
                  <Table.Tr key={i.patientId} data-testid="recall-row">
                    <Table.Td>
                      {canBook && (
                        <Checkbox
                          aria-label={t(`${k}.selectNamed`, { name: i.patientName })}
                          checked={selected.has(i.patientId)}
                          disabled={run.running}
                          onChange={(e) => toggle(i.patientId, e.currentTarget.checked)}
                        />
                      )}
                    </Table.Td>
                    <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/patienter/${i.patientId}`}>
                        {i.patientName}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[i.status]} variant="light" tt="none" miw="max-content">
                        {t(`${k}.statuses.${i.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(i.dueDate)}</Table.Td>
                    <Table.Td>
                      {i.lastHealthCheck ? (
                        formatDate(i.lastHealthCheck)
                      ) : (
                        <>
                          {t(`${k}.never`)}
                          {i.enrolledOn && (
                            <Text size="xs" c="dimmed">
                              {t(`${k}.enrolled`, { date: formatDate(i.enrolledOn) })}
                            </Text>
                          )}
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {i.requirementsSummary.map((r) => inLanguage(r, lang)).join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RowResult
                        item={i}
                        result={result}
                        visitTypeId={canBook && !run.running ? (healthCheck?.id ?? null) : null}
                      />
                    </Table.Td>
                    <Table.Td className="no-print">
                      {canBook && (
                        <Button
                          size="xs"
                          variant="default"
                          component={Link}
                          to={`/patienter/${i.patientId}/boka`}
                          aria-label={t(`${k}.bookOneNamed`, { name: i.patientName })}
                        >
                          {t(`${k}.bookOne`)}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function RowResult({
  item,
  result,
  visitTypeId,
}: {
  item: RecallItem;
  result: BookManyResult | undefined;
  /** Set while the row can be booked: its best proposed time is shown. */
  visitTypeId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.recall';
  const lang = i18n.language;
  if (result?.booking)
    return (
      <Text size="sm" fw={600} c="green.9">
        {capitalise(whenWords(result.booking.start, result.booking.end, lang))}
      </Text>
    );
  if (result?.state === 'working') return <Text size="sm">{t(`${k}.working`)}</Text>;
  if (result?.state === 'failed')
    return (
      <Text size="sm" c="red.9">
        {t(`${k}.notBooked`, { why: result.why })}
      </Text>
    );
  if (item.bookedStart) return <Text size="sm">{capitalise(startWords(item.bookedStart, lang))}</Text>;
  if (visitTypeId && !result) return <ProposedTime patientId={item.patientId} visitTypeId={visitTypeId} />;
  return null;
}

/** The best time the search proposes for this patient's health check: what "Boka valda" would book. */
function ProposedTime({ patientId, visitTypeId }: { patientId: string; visitTypeId: string }) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.recall';
  const found = useSlotSearch({ patientId, visitTypeId, limit: 1 });
  if (found.isPending)
    return (
      <Text size="sm" c="dimmed">
        {t(`${k}.searching`)}
      </Text>
    );
  const first = found.data?.proposals[0];
  if (!first)
    return (
      <Text size="sm" c="dimmed">
        {t(`${k}.nothingProposed`)}
      </Text>
    );
  return (
    <Text size="sm" data-testid="recall-proposal">
      {t(`${k}.proposed`, { when: capitalise(startWords(first.start, i18n.language)) })}
    </Text>
  );
}
