import type { Booking, Feature, Proposal, SearchRequest } from '@lotsa/contracts';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { whenWords } from '../../lib/when.ts';
import { useAdaptations } from '../adaptations/index.ts';
import { usePatient } from '../patients/index.ts';
import { BookingDone } from './booking-done.tsx';
import { HoldDialog } from './hold-dialog.tsx';
import { NoProposals, ProposalList } from './proposal-list.tsx';
import { RequirementChips } from './requirement-chips.tsx';
import { RescheduleDialog } from './reschedule-dialog.tsx';
import { SeriesPanel } from './series-panel.tsx';
import {
  conflictAlternatives,
  HEALTH_CHECK,
  proposalRequest,
  useBooking,
  useCreateBooking,
  useSlotSearch,
  useVisitTypes,
  visitTypeMinutes,
} from './use-scheduling.ts';

type Relax = 'staff' | 'time_window' | 'equipment';
const WIDENED: Record<Relax, 'widenedStaff' | 'widenedTime' | 'widenedEquipment'> = {
  staff: 'widenedStaff',
  time_window: 'widenedTime',
  equipment: 'widenedEquipment',
};
const START_WEEKS = 8;
const START_LIMIT = 10;

/**
 * Boka besök (`/patienter/:id/boka`; `?omboka=<bookingId>` reschedules). The patient's adaptations
 * set the requirements; the booker picks a visit type and one of the proposals. Booking holds the
 * time and asks for confirmation; rescheduling moves the booking in one step after a confirmation.
 */
export function BookingPage() {
  const { t, i18n } = useTranslation();
  const { id: patientId = '' } = useParams();
  const [params] = useSearchParams();
  const rescheduleId = params.get('omboka');
  const patient = usePatient(patientId);
  const adaptations = useAdaptations(patientId);
  const visitTypes = useVisitTypes();
  const original = useBooking(rescheduleId);

  const [chosenType, setChosenType] = useState<string | null>(null);
  const [weeks, setWeeks] = useState(START_WEEKS);
  const [limit, setLimit] = useState(START_LIMIT);
  const [relax, setRelax] = useState<Relax[]>([]);
  const [note, setNote] = useState('');
  /** Proposals the server sent instead of the search's (a 409), with why. */
  const [replaced, setReplaced] = useState<{ proposals: Proposal[]; why: 'conflict' } | null>(null);
  const [notice, setNotice] = useState<'expired' | null>(null);
  const [hold, setHold] = useState<Booking | null>(null);
  const [moveTo, setMoveTo] = useState<Proposal | null>(null);
  const [done, setDone] = useState<Booking | null>(null);
  const create = useCreateBooking();
  const typeLabelId = useId();

  const types = useMemo(() => (visitTypes.data ?? []).filter((v) => v.active), [visitTypes.data]);
  const defaultType =
    (rescheduleId ? original.data?.visitTypeId : undefined) ??
    types.find((v) => v.code === HEALTH_CHECK)?.id ??
    types[0]?.id ??
    null;
  const visitTypeId = chosenType ?? defaultType;
  const visitType = types.find((v) => v.id === visitTypeId) ?? null;
  const waitingForOriginal = rescheduleId !== null && original.isPending;

  const body: SearchRequest | null =
    visitTypeId && !waitingForOriginal && !done ? { patientId, visitTypeId, weeks, limit, relax } : null;
  const search = useSlotSearch(body);

  const resetSearch = () => {
    setWeeks(START_WEEKS);
    setLimit(START_LIMIT);
    setRelax([]);
    setReplaced(null);
    setNotice(null);
  };
  const chooseType = (id: string) => {
    setChosenType(id);
    resetSearch();
  };
  const moreWeeks = () => {
    setWeeks((w) => Math.min(26, w + 8));
    setLimit((l) => Math.min(50, l + 10));
    setReplaced(null);
    setNotice(null);
  };
  const relaxBy = (r: 'weeks' | Relax) => {
    if (r === 'weeks') moreWeeks();
    else setRelax((cur) => (cur.includes(r) ? cur : [...cur, r]));
    setReplaced(null);
  };

  const choose = (p: Proposal) => {
    setNotice(null);
    if (rescheduleId) {
      setMoveTo(p);
      return;
    }
    if (!visitTypeId) return;
    create.mutate(
      {
        patientId,
        visitTypeId,
        proposal: proposalRequest(p),
        mode: 'hold',
        note,
        waiveRoomFeatures: relax.includes('equipment'),
      },
      {
        onSuccess: (b) => {
          setReplaced(null);
          setHold(b);
        },
        onError: (err) => {
          const alternatives = conflictAlternatives(err);
          if (alternatives) setReplaced({ proposals: alternatives, why: 'conflict' });
        },
      },
    );
  };
  const finished = (b: Booking) => {
    setHold(null);
    setMoveTo(null);
    setDone(b);
  };
  const holdExpired = () => {
    setHold(null);
    setReplaced(null);
    setNotice('expired');
    void search.refetch();
  };

  if (patient.isPending || visitTypes.isPending) return <LoadingState />;
  if (patient.isError) return <ErrorAlert error={patient.error} />;
  if (visitTypes.isError) return <ErrorAlert error={visitTypes.error} />;
  const name = `${patient.data.givenName} ${patient.data.familyName}`;
  const lang = i18n.language;
  const k = 'scheduling.book';
  const requirements = search.data?.requirements ?? adaptations.data?.requirements;
  const proposals = replaced?.proposals ?? search.data?.proposals ?? [];
  const explanation = replaced ? null : (search.data?.explanation ?? null);
  const loading = body !== null && (search.isPending || (search.isPlaceholderData && search.isFetching));

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={`/patienter/${patientId}`} size="sm" className="no-print">
        {t(`${k}.backToPatient`, { name })}
      </Anchor>
      <PageTitle>{t(rescheduleId ? `${k}.rescheduleTitle` : `${k}.title`, { name })}</PageTitle>

      {done ? (
        <BookingDone
          booking={done}
          rescheduled={rescheduleId !== null}
          onAnother={() => {
            setDone(null);
            setNote('');
            resetSearch();
          }}
        />
      ) : (
        <>
          {rescheduleId && <ErrorAlert error={original.error} />}
          {original.data && (
            <Card withBorder bg="gray.0" data-testid="current-booking">
              <Text fw={600}>{t(`${k}.currentTime`)}</Text>
              <Text>
                {original.data.visitTypeName}, {whenWords(original.data.start, original.data.end, lang)}
              </Text>
            </Card>
          )}

          {types.length === 0 ? (
            <Alert color="yellow">{t(`${k}.noVisitTypes`)}</Alert>
          ) : (
            <Radio.Group
              value={visitTypeId}
              onChange={chooseType}
              label={
                <Text span fw={600} id={typeLabelId}>
                  {t(`${k}.visitType`)}
                </Text>
              }
            >
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt="xs">
                {types.map((v) => (
                  <Radio
                    key={v.id}
                    value={v.id}
                    disabled={rescheduleId !== null && v.id !== visitTypeId}
                    label={t(`${k}.visitTypeOption`, { name: v.name, minutes: visitTypeMinutes(v) })}
                  />
                ))}
              </SimpleGrid>
            </Radio.Group>
          )}

          {requirements && <RequirementChips requirements={requirements} />}

          {!rescheduleId && (
            <Textarea
              label={t(`${k}.note`)}
              description={t(`${k}.noteDescription`)}
              autosize
              minRows={1}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maw={640}
            />
          )}

          {visitType?.recurrence && !rescheduleId && (
            <SeriesPanel
              key={visitType.id}
              patientId={patientId}
              patientName={name}
              visitType={visitType}
              note={note}
            />
          )}

          <section aria-labelledby="proposals-heading">
            <Group justify="space-between" align="baseline" mb="xs">
              <Title order={2} size="h3" id="proposals-heading">
                {t(`${k}.proposals`)}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`${k}.horizon`, { weeks })}
              </Text>
            </Group>
            {relax.length > 0 && (
              <Group gap="sm" mb="xs">
                <Text size="sm">
                  {t(`${k}.widened`, {
                    what: relax.map((r) => t(`${k}.${WIDENED[r]}`)).join(', '),
                  })}
                </Text>
                <Button size="xs" variant="subtle" onClick={resetSearch}>
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
              {replaced?.why === 'conflict' && (
                <Alert color="orange" variant="light" mb="sm" icon={<IconAlertTriangle aria-hidden />}>
                  {t(`${k}.conflict`)}
                </Alert>
              )}
              {notice === 'expired' && (
                <Alert color="orange" variant="light" mb="sm" icon={<IconAlertTriangle aria-hidden />}>
                  {t(`${k}.expired`)}
                </Alert>
              )}
            </div>
            <ErrorAlert error={conflictAlternatives(create.error) ? null : create.error} />
            <ErrorAlert error={search.error} />
            {loading ? (
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
                      location={visitType?.location ?? 'clinic'}
                      onChoose={choose}
                      choosing={
                        create.isPending && create.variables
                          ? findChosen(proposals, create.variables.proposal.start)
                          : null
                      }
                    />
                  </>
                )}
                {proposals.length === 0 && explanation && (
                  <NoProposals
                    reasons={explanation.reasons}
                    suggestions={explanation.suggestions}
                    onRelax={relaxBy}
                  />
                )}
                {proposals.length === 0 && !explanation && search.isSuccess && (
                  <Text>{t(`${k}.noneFound`)}</Text>
                )}
                {weeks < 26 && proposals.length > 0 && !replaced && (
                  <Group>
                    <Button variant="default" onClick={moreWeeks} loading={search.isFetching}>
                      {t(`${k}.moreWeeks`)}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
          </section>
        </>
      )}

      {hold && (
        <HoldDialog
          hold={hold}
          patientName={name}
          onBooked={finished}
          onReleased={() => setHold(null)}
          onExpired={holdExpired}
        />
      )}
      {moveTo && original.data && (
        <RescheduleDialog
          booking={original.data}
          proposal={moveTo}
          waiveRoomFeatures={relax.includes('equipment')}
          onDone={finished}
          onConflict={(alternatives) => {
            setMoveTo(null);
            setReplaced({ proposals: alternatives, why: 'conflict' });
          }}
          onClose={() => setMoveTo(null)}
        />
      )}
    </Stack>
  );
}

function findChosen(proposals: readonly Proposal[], start: string): Proposal | null {
  return proposals.find((p) => p.start === start) ?? null;
}
