import type { BookingStatus } from '@lotsa/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<BookingStatus, string> = {
  held: 'yellow',
  booked: 'blue',
  cancelled: 'gray',
  no_show: 'red',
  completed: 'green',
};

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    // The label keeps its width: in a narrow table column Mantine would cut it to "Bo…".
    <Badge color={COLOR[status]} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
      {t(`scheduling.statuses.${status}`)}
    </Badge>
  );
}
