import type { AdaptationProfile, Feature, Proposal, VisitLocation } from '@lotsa/contracts';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NoProposals, ProposalList } from './proposal-list.tsx';
import type { BookingSearch, Relax } from './use-booking-search.ts';

const WIDENED: Record<Relax, 'widenedStaff' | 'widenedTime' | 'widenedEquipment'> = {
  staff: 'widenedStaff',
  time_window: 'widenedTime',
  equipment: 'widenedEquipment',
};

/** Förslag på tider: the proposals best first, what was widened, why nothing fits, more weeks. */
export function ProposalsSection({
  s,
  requirements,
  location,
  onChoose,
  choosing,
  chooseError,
}: {
  s: BookingSearch;
  requirements: AdaptationProfile['requirements'] | undefined;
  location: VisitLocation;
  onChoose: (p: Proposal) => void;
  choosing: Proposal | null;
  /** The hold's refusal, unless it came with alternatives (those replace the list). */
  chooseError: unknown;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.book';
  const { proposals, explanation, search, relax } = s;
  return (
    <section aria-labelledby="proposals-heading">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h3" id="proposals-heading">
          {t(`${k}.proposals`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`${k}.horizon`, { weeks: s.weeks })}
        </Text>
      </Group>
      {relax.length > 0 && (
        <Group gap="sm" mb="xs">
          <Text size="sm">
            {t(`${k}.widened`, { what: relax.map((r) => t(`${k}.${WIDENED[r]}`)).join(', ') })}
          </Text>
          <Button size="xs" variant="subtle" onClick={s.reset}>
            {t(`${k}.resetSearch`)}
          </Button>
        </Group>
      )}
      {relax.includes('equipment') && requirements && (
        <Alert color="orange" variant="light" mb="sm" icon={<IconAlertTriangle aria-hidden />}>
          {t(`${k}.equipmentWaived`, {
            features: requirements.roomFeatures.map((f) => t(`features.${f as Feature}`)).join(', '),
          })}
        </Alert>
      )}
      <div aria-live="polite">
        {s.replaced?.why === 'conflict' && (
          <Alert color="orange" variant="light" mb="sm" icon={<IconAlertTriangle aria-hidden />}>
            {t(`${k}.conflict`)}
          </Alert>
        )}
        {s.notice === 'expired' && (
          <Alert color="orange" variant="light" mb="sm" icon={<IconAlertTriangle aria-hidden />}>
            {t(`${k}.expired`)}
          </Alert>
        )}
      </div>
      <ErrorAlert error={chooseError} />
      <ErrorAlert error={search.error} />
      {s.loading ? (
        <LoadingState label={t(`${k}.searching`)} />
      ) : (
        <Stack gap="sm">
          {proposals.length > 0 && (
            <>
              <Text size="sm" role="status">
                {t(`${k}.proposalsFound`, { count: proposals.length })}
              </Text>
              <ProposalList
                proposals={proposals}
                location={location}
                onChoose={onChoose}
                choosing={choosing}
              />
            </>
          )}
          {proposals.length === 0 && explanation && (
            <NoProposals
              reasons={explanation.reasons}
              suggestions={explanation.suggestions}
              onRelax={s.relaxBy}
            />
          )}
          {proposals.length === 0 && !explanation && search.isSuccess && <Text>{t(`${k}.noneFound`)}</Text>}
          {s.weeks < 26 && proposals.length > 0 && !s.replaced && (
            <Group>
              <Button variant="default" onClick={s.moreWeeks} loading={search.isFetching}>
                {t(`${k}.moreWeeks`)}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </section>
  );
}
