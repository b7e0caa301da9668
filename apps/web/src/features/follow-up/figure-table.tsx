import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A plain data table with a caption: the screen reader's (and the "Tabell" view's) form of a chart. */
export function FigureTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
}) {
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {head.map((h) => (
            <Table.Th key={h} scope="col">
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            {r.cells.map((c, i) =>
              i === 0 ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <Table.Th key={i} scope="row">
                  {c}
                </Table.Th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <Table.Td key={i}>{c}</Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** "6,5 d (p90 9,3)" or "–" when nothing was measured. */
export function spreadText(
  s: { n: number; median: number | null; p90: number | null },
  unit: string,
  none: string,
) {
  if (s.n === 0 || s.median === null) return none;
  const f = (x: number) => x.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  return `${f(s.median)} ${unit} (p90 ${f(s.p90 ?? s.median)})`;
}

/** The change from the previous period: "+3", "−2", "±0". */
export function changeText(now: number, before: number) {
  const d = now - before;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '±0';
}
