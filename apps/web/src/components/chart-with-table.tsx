import { VisuallyHidden } from '@mantine/core';
import '@mantine/charts/styles.css';
import type { ReactNode } from 'react';

export type ChartView = 'chart' | 'table';

/**
 * A chart for the eye (hidden from screen readers) with its data table: the table is shown when the
 * page's "Tabell" view is chosen, and is always there for screen readers.
 */
export function ChartWithTable({
  view,
  chart,
  table,
}: {
  view: ChartView;
  chart: ReactNode;
  table: ReactNode;
}) {
  if (view === 'table') return <>{table}</>;
  return (
    <>
      <div aria-hidden="true">{chart}</div>
      <VisuallyHidden>{table}</VisuallyHidden>
    </>
  );
}
