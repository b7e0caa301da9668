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
    <Badge color={COLOR[status]} variant="light" tt="none">
      {t(`scheduling.statuses.${status}`)}
    </Badge>
  );
}
