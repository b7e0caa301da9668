import type { ReviewItem } from '@lotsa/contracts';
import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { actionLabel, entityLabel } from './audit-labels.ts';

/** Flagged accesses: when, who, which patient, why flagged, the reason given, and the review. */
export function ReviewTable({
  items,
  label,
  onReview,
}: {
  items: ReviewItem[];
  label: string;
  onReview: (item: ReviewItem) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('audit.review.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={label} striped data-testid="review-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.table.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.user')}</Table.Th>
            <Table.Th scope="col">{t('audit.review.patient')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.review.flags')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.reason')}</Table.Th>
            <Table.Th scope="col">{t('audit.review.reviewed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={`${i.auditId}-${i.patientId}`} data-audit-id={i.auditId}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={i.at}>{formatDateTime(i.at)}</time>
              </Table.Td>
              <Table.Td>{i.userName}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {i.patientName}
              </Table.Th>
              <Table.Td>
                {actionLabel(t, i.action)}: {entityLabel(t, i.entity)}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {i.flags.map((f) => (
                    <Badge key={f} color={f === 'emergency' ? 'red' : 'orange'} variant="light">
                      {f === 'many_patients'
                        ? t('audit.review.flag.many_patients', { count: i.patientsThatDay ?? 0 })
                        : t(`audit.review.flag.${f}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{i.reason}</Table.Td>
              <Table.Td>
                {i.review ? (
                  <Text size="sm">
                    {i.review.byName}, {formatDateTime(i.review.at)}: {i.review.comment}
                  </Text>
                ) : (
                  <Button size="xs" variant="default" onClick={() => onReview(i)}>
                    {t('audit.review.mark')}
                    <VisuallyHidden>
                      {' '}
                      {i.userName}, {i.patientName}
                    </VisuallyHidden>
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
