import { Box, Card, Flex, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NoActiveUnit } from '../../components/no-active-unit.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx';
import { useUnsavedChanges } from '../../components/use-unsaved-changes.ts';
import { todayInStockholm } from '../../lib/format.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { canEditCalendars } from './calendars-access.ts';
import { CalendarsClosedDays } from './calendars-closed-days.tsx';
import { CalendarsEditor } from './calendars-editor.tsx';
import { CalendarsExternalActions } from './calendars-external-actions.tsx';
import { CalendarsExternalModal } from './calendars-external-modal.tsx';
import {
  type CalendarResource,
  CalendarsResourceList,
  resourceKey,
  useDescribeResource,
} from './calendars-resource-list.tsx';
import { canSchedule } from './scheduling-access.ts';
import { useUnitCalendar } from './use-scheduling.ts';

/**
 * Arbetstider och tillgänglighet (`/arbetstider?resurs=<kind>:<id>`): the unit's staff, rooms, devices
 * and external participants; the chosen one's weekly hours and date overrides, which the unit manager
 * edits and saves as a whole (others read them); external participants added; the year's closed days.
 */
export function CalendarsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const k = 'scheduling.calendars';
  if (!me.activeUnitId)
    return (
      <Stack>
        <PageTitle>{t(`${k}.title`)}</PageTitle>
        <NoActiveUnit />
      </Stack>
    );
  if (!canSchedule(me)) return <NotAllowed title={t(`${k}.title`)} message={t(`${k}.notAllowed`)} />;
  return <Calendars canEdit={canEditCalendars(me)} />;
}

function Calendars({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars';
  const today = todayInStockholm();
  // The unit calendar of one day lists every active resource of the unit.
  const calendar = useUnitCalendar(today, today);
  const describe = useDescribeResource();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  // Another page, back, closing the tab: asked first (choosing another resource asks below).
  const { blocker } = useUnsavedChanges(dirty);
  const [pending, setPending] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const resources: CalendarResource[] = (calendar.data?.resources ?? []).map(
    ({ kind, id, name, detail }) => ({
      kind,
      id,
      name,
      detail,
    }),
  );
  const chosenKey = params.get('resurs');
  const chosen = resources.find((r) => resourceKey(r) === chosenKey) ?? null;
  const pendingResource = resources.find((r) => resourceKey(r) === pending) ?? null;

  const select = (key: string) => {
    setDirty(false);
    setPending(null);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('resurs', key);
        return next;
      },
      { replace: true },
    );
  };
  const choose = (key: string) => {
    if (key === chosenKey) return;
    if (dirty) setPending(key);
    else select(key);
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <PageTitle>{t(`${k}.title`)}</PageTitle>
        <Text maw={760}>{t(`${k}.intro`)}</Text>
      </Stack>
      {calendar.isPending ? (
        <LoadingState />
      ) : calendar.isError ? (
        <ErrorAlert error={calendar.error} />
      ) : (
        // A narrow fixed list beside the editor, so a week's table fits a laptop screen; stacked on a phone.
        <Flex
          direction={{ base: 'column', md: 'row' }}
          gap="md"
          align={{ base: 'stretch', md: 'flex-start' }}
        >
          <Box w={{ base: '100%', md: 240 }} style={{ flexShrink: 0 }}>
            <Card withBorder p="sm">
              {resources.length === 0 && <Text mb="sm">{t(`${k}.noResources`)}</Text>}
              <CalendarsResourceList
                resources={resources}
                selected={chosen ? resourceKey(chosen) : null}
                onChoose={(r) => choose(resourceKey(r))}
                onAddExternal={canEdit ? () => setAdding(true) : null}
              />
            </Card>
          </Box>
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Stack gap="md">
              <Card withBorder p="md">
                {chosen ? (
                  <CalendarsEditor
                    key={resourceKey(chosen)}
                    resource={chosen}
                    subtitle={describe(chosen) ?? t(`${k}.kinds.${chosen.kind}`)}
                    canEdit={canEdit}
                    onDirtyChange={setDirty}
                    actions={
                      canEdit && chosen.kind === 'external' ? (
                        <CalendarsExternalActions
                          id={chosen.id}
                          onRetired={() => {
                            setDirty(false);
                            setParams(
                              (p) => {
                                const next = new URLSearchParams(p);
                                next.delete('resurs');
                                return next;
                              },
                              { replace: true },
                            );
                          }}
                        />
                      ) : undefined
                    }
                  />
                ) : (
                  <Text>{t(`${k}.choose`)}</Text>
                )}
              </Card>
              <CalendarsClosedDays />
            </Stack>
          </Box>
        </Flex>
      )}
      <ConfirmDialog
        opened={pending !== null}
        title={t(`${k}.leave.title`)}
        message={t(`${k}.leave.message`, { name: chosen?.name ?? '' })}
        confirmLabel={t(`${k}.leave.confirm`)}
        // The same safe default as leaving the page: "Stanna kvar", focused.
        cancelLabel={t('unsavedChanges.stay')}
        focusCancel
        onConfirm={() => pendingResource && select(resourceKey(pendingResource))}
        onCancel={() => setPending(null)}
      />
      <UnsavedChangesDialog blocker={blocker} />
      {adding && (
        <CalendarsExternalModal
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            if (!dirty) select(`external:${id}`);
          }}
        />
      )}
    </Stack>
  );
}
