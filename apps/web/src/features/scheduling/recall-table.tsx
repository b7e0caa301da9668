import type { RecallItem } from '@lotsa/contracts';
import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecallRow } from './recall-row.tsx';
import type { BookManyResult } from './use-book-many.ts';
import type { RecallSelection } from './use-recall-selection.ts';

/** The recall list: "select all" in the head, a row per patient. */
export function RecallTable({
  items,
  results,
  selection: sel,
  running,
  healthCheckId,
}: {
  items: readonly RecallItem[];
  results: ReadonlyMap<string, BookManyResult>;
  selection: RecallSelection;
  running: boolean;
  healthCheckId: string | null;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.recall';
  const columns = ['patient', 'status', 'due', 'last', 'needs', 'result'] as const;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table aria-label={t(`${k}.tableLabel`)} data-testid="recall-table" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              <Checkbox
                aria-label={t(`${k}.selectAll`)}
                checked={sel.allChosen}
                indeterminate={sel.chosen.length > 0 && !sel.allChosen}
                disabled={sel.bookable.length === 0 || running}
                onChange={(e) => sel.setAll(e.currentTarget.checked)}
              />
            </Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`${k}.columns.${c}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" className="no-print">
              {t('common.actionsColumn')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <RecallRow
              key={i.patientId}
              item={i}
              result={results.get(i.patientId)}
              selected={sel.isSelected(i.patientId)}
              running={running}
              healthCheckId={healthCheckId}
              onToggle={(on) => sel.toggle(i.patientId, on)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
