import { INTAKE_STAGES, type IntakeStage, MUNICIPALITIES, type RegistrationListItem } from '@lotsa/contracts';
import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NoActiveUnit } from '../../components/no-active-unit.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useSignedInMe } from '../../lib/session.ts';
import { CapacitySummary } from './capacity-summary.tsx';
import { type IntakeRights, intakeRights } from './intake-access.ts';
import { IntakeActionDialog } from './intake-action-dialog.tsx';
import { type ActionKind, boardAction, ENDED_STAGES } from './intake-actions.ts';
import { NewRegistrationModal } from './new-registration-modal.tsx';
import { RegistrationCard } from './registration-card.tsx';
import { useBoard } from './use-intake.ts';
import './intake.css';

const municipalityOptions = MUNICIPALITIES.map((m) => ({ value: m.code, label: m.name }));

/** A one-click step only for who may take it: the mapping for every reader, the rest for navigator and manager. */
function allowed(action: ActionKind | null, rights: IntakeRights): ActionKind | null {
  if (action === null) return null;
  return action === 'recordFirstCall' ? (rights.read ? action : null) : rights.step ? action : null;
}

function isStage(v: string | null): v is IntakeStage {
  return v !== null && (INTAKE_STAGES as readonly string[]).includes(v);
}

/** Oldest first; the waiting list in its documented order; nearing child-to-adult starts on top. */
function sortCards(stage: IntakeStage, items: RegistrationListItem[]): RegistrationListItem[] {
  if (stage === 'waiting_list')
    return [...items].sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  return [...items].sort(
    (a, b) => Number(b.startNearing) - Number(a.startNearing) || b.daysInStage - a.daysInStage,
  );
}

/**
 * Intag: the navigator's board. The active unit's registrations grouped by stage (a list of cards
 * that wraps into columns on wide screens), the unit's places on top, filters kept in the address.
 */
export function IntakeBoardPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [active, setActive] = useState<{ id: string; name: string; action: ActionKind } | null>(null);
  const filterId = useId();
  const k = 'intake.board';
  const rights = intakeRights(me);

  const municipalityCode = params.get('kommun') ?? '';
  const stageParam = params.get('steg');
  const stage = isStage(stageParam) ? stageParam : undefined;
  const showAll = params.get('visa') === 'alla' || (stage !== undefined && ENDED_STAGES.has(stage));
  const board = useBoard({
    municipalityCode: municipalityCode || undefined,
    stage,
    state: showAll ? 'all' : 'open',
  });

  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  if (!me.activeUnitId) {
    return (
      <Stack>
        <PageTitle>{t(`${k}.title`)}</PageTitle>
        <NoActiveUnit />
      </Stack>
    );
  }

  const registrations = board.data?.registrations ?? [];
  const byStage = INTAKE_STAGES.map((s) => ({
    stage: s,
    items: sortCards(
      s,
      registrations.filter((r) => r.stage === s),
    ),
  })).filter((g) => g.items.length > 0);
  const filtered = municipalityCode !== '' || stage !== undefined || params.get('visa') === 'alla';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>{t(`${k}.title`)}</PageTitle>
        {rights.step && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t(`${k}.newRegistration`)}
          </Button>
        )}
      </Group>
      {board.data && <CapacitySummary capacity={board.data.capacity} />}
      <section aria-labelledby={filterId}>
        <Title order={2} size="h4" id={filterId} mb="xs">
          {t(`${k}.filters`)}
        </Title>
        <Group align="flex-end" gap="md">
          <Select
            label={t(`${k}.municipality`)}
            placeholder={t(`${k}.allMunicipalities`)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
            data={municipalityOptions}
            value={municipalityCode || null}
            onChange={(v) => setParam('kommun', v)}
            nothingFoundMessage="–"
            w={220}
          />
          <NativeSelect
            label={t(`${k}.stage`)}
            value={stage ?? ''}
            onChange={(e) => setParam('steg', e.currentTarget.value || null)}
            data={[
              { value: '', label: t(`${k}.allStages`) },
              ...INTAKE_STAGES.map((s) => ({ value: s, label: t(`intake.stages.${s}`) })),
            ]}
            w={220}
          />
          <NativeSelect
            label={t(`${k}.show`)}
            value={showAll ? 'alla' : ''}
            onChange={(e) => setParam('visa', e.currentTarget.value || null)}
            data={[
              { value: '', label: t(`${k}.showOpen`) },
              { value: 'alla', label: t(`${k}.showAll`) },
            ]}
            w={220}
          />
          {filtered && (
            <Button variant="default" onClick={() => setParams({}, { replace: true })}>
              {t(`${k}.clearFilters`)}
            </Button>
          )}
        </Group>
      </section>
      {board.isPending ? (
        <LoadingState />
      ) : board.isError ? (
        <ErrorAlert error={board.error} />
      ) : (
        <>
          <Text role="status" aria-live="polite">
            {t(`${k}.count`, { count: registrations.length })}
          </Text>
          {byStage.length === 0 && <Text>{t(`${k}.empty`)}</Text>}
          {byStage.map((g) => (
            <StageSection key={g.stage} stage={g.stage} count={g.items.length}>
              {g.items.map((r) => (
                <RegistrationCard
                  key={r.id}
                  item={r}
                  nextAction={board.data ? allowed(boardAction(r, board.data.capacity), rights) : null}
                  onAction={(action) => setActive({ id: r.id, name: r.personName, action })}
                />
              ))}
            </StageSection>
          ))}
        </>
      )}
      {creating && (
        <NewRegistrationModal
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/intag/${id}`)}
        />
      )}
      {active && (
        <IntakeActionDialog
          id={active.id}
          name={active.name}
          action={active.action}
          onClose={() => setActive(null)}
        />
      )}
    </Stack>
  );
}

function StageSection({
  stage,
  count,
  children,
}: {
  stage: IntakeStage;
  count: number;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-stage={stage}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`intake.stages.${stage}`)} ({count})
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} spacing="sm">
        {children}
      </SimpleGrid>
    </section>
  );
}
