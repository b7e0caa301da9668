import { Button, NavLink, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarKind } from './calendars-draft.ts';
import { useExternalParticipants } from './use-calendars.ts';

export interface CalendarResource {
  kind: CalendarKind;
  id: string;
  name: string;
  /** A profession for staff, features for rooms and devices, the organisation for externals (codes). */
  detail: string | null;
}

export const resourceKey = (r: Pick<CalendarResource, 'kind' | 'id'>) => `${r.kind}:${r.id}`;

const KINDS = ['staff', 'room', 'equipment', 'external'] as const;

/**
 * The unit's resources in four groups (Personal, Rum, Utrustning, Externa deltagare), each a button
 * that shows its calendar; the chosen one is marked `aria-current`.
 */
export function CalendarsResourceList({
  resources,
  selected,
  onChoose,
  onAddExternal,
}: {
  resources: readonly CalendarResource[];
  selected: string | null;
  onChoose: (r: CalendarResource) => void;
  /** Shown to those who may add external participants. */
  onAddExternal: (() => void) | null;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars';
  const headingId = useId();
  const description = useDescribeResource();

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t(`${k}.resources`)}
      </Title>
      {KINDS.map((kind) => {
        const group = resources.filter((r) => r.kind === kind);
        const groupId = `${headingId}-${kind}`;
        return (
          <Stack key={kind} gap={4}>
            <Title order={3} size="h5" id={groupId} c="gray.8">
              {t(`${k}.kinds.${kind}`)}
            </Title>
            {group.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t(`${k}.noneOfKind`)}
              </Text>
            ) : (
              <ul aria-labelledby={groupId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {group.map((r) => {
                  const active = selected === resourceKey(r);
                  return (
                    <li key={r.id}>
                      <NavLink
                        component="button"
                        type="button"
                        label={r.name}
                        description={description(r)}
                        active={active}
                        aria-current={active ? 'true' : undefined}
                        onClick={() => onChoose(r)}
                        // Mantine fades the chosen one's description below the contrast text needs.
                        styles={{
                          root: { borderRadius: 'var(--mantine-radius-sm)' },
                          description: { opacity: 1 },
                        }}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
            {kind === 'external' && onAddExternal && (
              <Button
                variant="light"
                size="sm"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={onAddExternal}
                mt={4}
                fullWidth
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              >
                {t(`${k}.external.add`)}
              </Button>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** What a resource is, in words: "Läkare", "Golvlyft", "Kommunens sjuksköterska · Kumla kommun". */
export function useDescribeResource(): (r: CalendarResource) => string | undefined {
  const { t } = useTranslation();
  const externals = useExternalParticipants();
  return (r) => {
    if (r.kind === 'external') {
      const x = externals.data?.find((e) => e.id === r.id);
      const kind = x ? t(`scheduling.calendars.externalKinds.${x.kind}`) : null;
      return [kind, r.detail].filter(Boolean).join(' · ') || undefined;
    }
    return r.detail ? detailWords(r.kind, r.detail, t) : undefined;
  };
}

/** The server sends codes as details: a profession for staff, features for rooms and devices. */
function detailWords(kind: CalendarKind, detail: string, t: TFunction): string {
  if (kind === 'staff') return t(`professions.${detail as 'other'}`, { defaultValue: detail });
  if (kind === 'room' || kind === 'equipment')
    return detail
      .split(/,\s*/)
      .map((f) => t(`features.${f as 'floor_lift'}`, { defaultValue: f }))
      .join(', ');
  return detail;
}
