import type { LetterDay } from '@lotsa/contracts';
import { useTranslation } from 'react-i18next';
import { CrudTable } from '../../components/crud-table.tsx';
import { startWords } from '../../lib/when.ts';
import { lixText } from './lix-label.ts';

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  });

/** The day's visits: time, patient, visit and how many letters each has. */
export function LetterBookingsTable({ bookings }: { bookings: LetterDay['bookings'] }) {
  const { t } = useTranslation();
  const k = 'letters.page';
  return (
    <CrudTable
      label={t(`${k}.bookingsTable`)}
      testId="letter-bookings"
      minWidth={560}
      rows={bookings}
      rowKey={(b) => b.bookingId}
      columns={[
        { header: t(`${k}.time`), cell: (b) => clock(b.start), rowHeaderWeight: 700 },
        { header: t(`${k}.patient`), cell: (b) => b.patientName },
        { header: t(`${k}.visit`), cell: (b) => b.visitTypeName },
        { header: t(`${k}.letters`), cell: (b) => b.letterCount },
      ]}
    />
  );
}

/** The day's letters log: when made, for whom, which variant, how readable, how sent, and the visit now. */
export function LetterLogTable({ letters }: { letters: LetterDay['letters'] }) {
  const { t, i18n } = useTranslation();
  const k = 'letters.page';
  return (
    <CrudTable
      label={t(`${k}.log`)}
      testId="letter-log"
      minWidth={720}
      rows={letters}
      rowKey={(l) => l.id}
      columns={[
        {
          header: t(`${k}.made`),
          cell: (l) => new Date(l.createdAt).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }),
          rowHeaderWeight: 700,
        },
        { header: t(`${k}.patient`), cell: (l) => l.patientName },
        { header: t(`${k}.recipient`), cell: (l) => t(`letters.recipients.${l.recipient}`) },
        { header: t(`${k}.variant`), cell: (l) => t(`letters.variants.${l.variant}`) },
        { header: t(`${k}.readability`), cell: (l) => lixText(t, l.lix) },
        {
          header: t(`${k}.sent`),
          cell: (l) => (l.sentVia ? t(`letters.sentVia.${l.sentVia}`) : t('letters.notSent')),
        },
        {
          header: t(`${k}.visitNow`),
          cell: (l) =>
            l.change.state === 'same'
              ? t(`${k}.same`)
              : l.change.state === 'moved'
                ? t(`${k}.movedTo`, { when: startWords(l.change.start!, i18n.language) })
                : t(`${k}.cancelledShort`),
        },
      ]}
    />
  );
}
