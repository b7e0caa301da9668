import type { CareTeamAssignment } from '@lotsa/contracts';
import { Button, Collapse, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';

const minutes = (iso: string) => formatDateTime(iso).slice(0, 16);

/**
 * The fixed contacts over time, newest first: the current ones (to "Nu") and the ended ones.
 * Collapsed until asked for; the button says whether it is open (aria-expanded).
 */
export function CareTeamHistory({
  current,
  history,
}: {
  current: readonly CareTeamAssignment[];
  history: readonly CareTeamAssignment[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const k = 'careTeam.history';
  const rows = [...current, ...history].sort(
    (a, b) => b.validFrom.localeCompare(a.validFrom) || (a.validTo ?? '').localeCompare(b.validTo ?? ''),
  );

  return (
    <div>
      <Button
        variant="subtle"
        px={0}
        className="no-print"
        aria-expanded={open}
        aria-controls={regionId}
        rightSection={
          open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />
        }
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t(`${k}.hide`) : t(`${k}.show`, { count: rows.length })}
      </Button>
      <Collapse expanded={open} id={regionId}>
        {rows.length === 0 ? (
          <Text>{t(`${k}.none`)}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t(`${k}.tableLabel`)} data-testid="care-team-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`${k}.columns.role`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.columns.name`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.columns.standIn`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.columns.from`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.columns.to`)}</Table.Th>
                  <Table.Th scope="col">{t(`${k}.columns.by`)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={`${a.role}:${a.validFrom}`}>
                    <Table.Td>{t(`careTeam.roles.${a.role}`)}</Table.Td>
                    <Table.Th scope="row" fw={a.validTo ? 400 : 600}>
                      {a.staffName}
                    </Table.Th>
                    <Table.Td>{a.standInName ?? '–'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{minutes(a.validFrom)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {a.validTo ? minutes(a.validTo) : t(`${k}.ongoing`)}
                    </Table.Td>
                    <Table.Td>{a.assignedBy}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Collapse>
    </div>
  );
}
