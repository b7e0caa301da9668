import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { isUnitManager, useSignedInMe } from '../../lib/session.ts';
import {
  AuditFilterForm,
  type AuditFilterValues,
  emptyAuditFilter,
  toAuditFilter,
} from './audit-filter-form.tsx';
import { AuditTable } from './audit-table.tsx';
import { useAuditLog } from './use-audit.ts';
import { VerifyChainButton } from './verify-chain-button.tsx';

/** The unit manager's review of the active unit's log. */
export function AuditPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (!isUnitManager(me)) return <NotAllowed title={t('audit.title')} message={t('errors.managerOnly')} />;
  const unitName = me.units.find((u) => u.id === me.activeUnitId)?.name ?? '';
  return <AuditLog key={me.activeUnitId} unitName={unitName} />;
}

function AuditLog({ unitName }: { unitName: string }) {
  const { t } = useTranslation();
  const [applied, setApplied] = useState<AuditFilterValues>(emptyAuditFilter);
  const [seenUsers, setSeenUsers] = useState(new Map<string, string>());
  const log = useAuditLog(toAuditFilter(applied));
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.entries) ?? [], [log.data]);

  // Remember every user seen, so the user filter keeps its choices when the list is filtered.
  const newUsers = entries.filter((e) => e.userId && !seenUsers.has(e.userId));
  if (newUsers.length > 0) {
    const next = new Map(seenUsers);
    for (const e of newUsers) if (e.userId) next.set(e.userId, e.userName);
    setSeenUsers(next);
  }
  const users = [...seenUsers]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('audit.title')}</PageTitle>
        <Text>{t('audit.intro', { unit: unitName })}</Text>
      </Stack>
      <VerifyChainButton />
      <AuditFilterForm initial={applied} users={users} onApply={setApplied} error={log.error} />
      <ErrorAlert error={log.error} />
      {log.isPending ? (
        <LoadingState />
      ) : (
        <>
          <Text aria-live="polite">
            {entries.length > 0 ? t('audit.table.shown', { count: entries.length }) : ''}
          </Text>
          <AuditTable entries={entries} label={t('audit.table.label')} />
          {log.hasNextPage && (
            <Group>
              <Button
                variant="default"
                onClick={() => void log.fetchNextPage()}
                loading={log.isFetchingNextPage}
              >
                {t('audit.table.showMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
