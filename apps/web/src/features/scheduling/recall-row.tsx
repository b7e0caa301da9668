import type { RecallItem } from '@lotsa/contracts';
import { Anchor, Badge, Button, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import { capitalise, inLanguage, startWords, whenWords } from '../../lib/when.ts';
import type { BookManyResult } from './use-book-many.ts';
import { useSlotSearch } from './use-scheduling.ts';

const STATUS_COLOR: Record<RecallItem['status'], string> = {
  overdue: 'red',
  due: 'orange',
  upcoming: 'gray',
};
const k = 'scheduling.recall';

/** One patient on the recall list: tick box, name, status, dates, needs, result and "Boka". */
export function RecallRow({
  item: i,
  result,
  selected,
  running,
  healthCheckId,
  onToggle,
}: {
  item: RecallItem;
  result: BookManyResult | undefined;
  selected: boolean;
  /** "Boka valda" is booking: nothing can be ticked or booked meanwhile. */
  running: boolean;
  healthCheckId: string | null;
  onToggle: (on: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const canBook = !i.bookedBookingId && !result?.booking;
  return (
    <Table.Tr data-testid="recall-row">
      <Table.Td>
        {canBook && (
          <Checkbox
            aria-label={t(`${k}.selectNamed`, { name: i.patientName })}
            checked={selected}
            disabled={running}
            onChange={(e) => onToggle(e.currentTarget.checked)}
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
        <Text size="sm">{i.requirementsSummary.map((r) => inLanguage(r, i18n.language)).join(', ')}</Text>
      </Table.Td>
      <Table.Td>
        <RowResult item={i} result={result} visitTypeId={canBook && !running ? healthCheckId : null} />
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
