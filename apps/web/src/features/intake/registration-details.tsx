import { diagnosisName, municipalityName, type Registration } from '@lotsa/contracts';
import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { formatDate, formatDateTimeMinutes } from '../../lib/format.ts';
import { OK_GREEN } from './colors.ts';
import { CriteriaList } from './criteria-list.tsx';

type Props = { registration: Registration };

/** A description list; empty values say "Inte angivet". */
function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  const { t } = useTranslation();
  return (
    <dl className="intake-dl">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>
            {value === null || value === undefined || value === '' || value === false
              ? t('common.notGiven')
              : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** `199001011234` as people write it: `19900101-1234`. */
function formatIdentity(n: string): string {
  return /^\d{12}$/.test(n) ? `${n.slice(0, 8)}-${n.slice(8)}` : n;
}

function Phone({ value }: { value: string | null }) {
  return value ? <Anchor href={`tel:${value}`}>{value}</Anchor> : null;
}

function Email({ value }: { value: string | null }) {
  return value ? <Anchor href={`mailto:${value}`}>{value}</Anchor> : null;
}

export function PersonDetails({ registration: r }: Props) {
  const { t } = useTranslation();
  const p = r.person;
  const f = 'intake.form';
  const address = [p.streetAddress, [p.postalCode, p.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <Facts
      rows={[
        [
          t(`${f}.identityNumber`),
          p.identityNumber ? formatIdentity(p.identityNumber) : t('intake.registration.identityUnknown'),
        ],
        [t(`${f}.municipality`), municipalityName(p.municipalityCode)],
        [t('intake.registration.address'), address],
        [t(`${f}.phone`), p.phone && <Phone key="p" value={p.phone} />],
        [t(`${f}.email`), p.email && <Email key="e" value={p.email} />],
      ]}
    />
  );
}

export function ApplicantDetails({ registration: r }: Props) {
  const { t } = useTranslation();
  const a = r.applicant;
  if (!a) return <Text>{t('intake.registration.noApplicant')}</Text>;
  return (
    <Facts
      rows={[
        [t('intake.form.applicantName'), a.name],
        [t('intake.registration.relation'), a.relation],
        [t('intake.form.phone'), a.phone && <Phone key="p" value={a.phone} />],
        [t('intake.form.email'), a.email && <Email key="e" value={a.email} />],
      ]}
    />
  );
}

export function RequestDetails({ registration: r }: Props) {
  const { t } = useTranslation();
  const k = 'intake.registration';
  const locale = currentLocale();
  return (
    <Facts
      rows={[
        [t(`${k}.contactPreference`), t(`intake.contactPreferences.${r.contactPreference}`)],
        [t(`${k}.disabilities`), r.disabilities],
        [
          t(`${k}.diagnoses`),
          r.diagnoses.length > 0
            ? r.diagnoses.map((c) => `${diagnosisName(c, locale)} (${c})`).join(', ')
            : null,
        ],
        [t(`${k}.currentCareContacts`), r.currentCareContacts],
        [t(`${k}.hardToday`), r.hardToday],
        ...(r.plannedStartDate
          ? ([[t(`${k}.plannedStart`), formatDate(r.plannedStartDate)]] as Array<[string, ReactNode]>)
          : []),
        [t(`${k}.firstCall`), r.firstCallAt ? formatDateTimeMinutes(r.firstCallAt) : t(`${k}.notBooked`)],
        ...(r.exitReason
          ? ([[t(`${k}.exitReason`), t(`intake.exitReasons.${r.exitReason}`)]] as Array<[string, ReactNode]>)
          : []),
        ...(r.closeReason
          ? ([[t(`${k}.closeReason`), t(`intake.closeReasons.${r.closeReason}`)]] as Array<
              [string, ReactNode]
            >)
          : []),
      ]}
    />
  );
}

export function NeedsDetails({ registration: r }: Props) {
  const { t } = useTranslation();
  const m = r.needsMapping;
  const k = 'intake.needs';
  if (!m) return <Text>{t('intake.registration.noNeedsMapping')}</Text>;
  const withNote = (level: string, note: string | null) => (note ? `${level}. ${note}` : level);
  return (
    <Facts
      rows={[
        [
          t(`${k}.communication`),
          withNote(t(`${k}.levels.communication.${m.communication}`), m.communicationNote),
        ],
        [
          t(`${k}.understanding`),
          withNote(t(`${k}.levels.understanding.${m.understanding}`), m.understandingNote),
        ],
        [t(`${k}.mobility`), withNote(t(`${k}.levels.mobility.${m.mobility}`), m.mobilityNote)],
        [t(`${k}.environmentNote`), m.environmentNote],
        [t(`${k}.dailySupport`), t(`${k}.levels.dailySupport.${m.dailySupport}`)],
        [t(`${k}.careContacts`), m.careContacts],
        [t(`${k}.careContactCount`), String(m.careContactCount)],
        [
          t(`${k}.companionNeeded`),
          m.companionNeeded ? [t('common.yes'), m.companionWho].filter(Boolean).join(': ') : t('common.no'),
        ],
        [t(`${k}.wishes`), m.wishes],
        [t(`${k}.hardToday`), m.hardToday],
      ]}
    />
  );
}

export function EligibilityDetails({ registration: r }: Props) {
  const { t } = useTranslation();
  const k = 'intake.registration';
  const d = r.decision;
  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h4" mb="xs">
          {t(`${k}.criteria`)}
        </Title>
        <CriteriaList criteria={r.criteria} />
      </div>
      <div>
        <Title order={3} size="h4" mb="xs">
          {t(`${k}.decision`)}
        </Title>
        {d ? (
          <Facts
            rows={[
              [t(`${k}.decision`), <strong key="d">{t(`intake.decisions.${d.decision}`)}</strong>],
              [t(`${k}.reason`), d.reason],
              ...(d.catchmentOverride
                ? ([[t(`${k}.override`), d.overrideReason ?? t('common.yes')]] as Array<[string, ReactNode]>)
                : []),
              [
                t('intake.timeline.by'),
                t(`${k}.decidedBy`, { name: d.decidedBy, at: formatDateTimeMinutes(d.decidedAt) }),
              ],
            ]}
          />
        ) : (
          <Text>{t(`${k}.noDecision`)}</Text>
        )}
      </div>
    </Stack>
  );
}

export function ConsentDetails({ registration: r }: Props) {
  const { t } = useTranslation();
  const k = 'intake.consent';
  if (r.consents.length === 0) return <Text>{t('intake.registration.noConsent')}</Text>;
  return (
    <Stack gap="md">
      {r.consents.map((c) => {
        const scopes = [
          c.scopes.participation ? t(`${k}.participation`) : null,
          c.scopes.sharingPartners.length > 0
            ? `${t(`${k}.sharingPartners`)}: ${c.scopes.sharingPartners.join('; ')}`
            : null,
          c.scopes.lettersToRepresentative ? t(`${k}.lettersToRepresentative`) : null,
          c.scopes.surveys ? t(`${k}.surveys`) : null,
        ].filter((s): s is string => s !== null);
        const by =
          c.givenBy === 'representative' && c.representativeName
            ? c.representativeName
            : t(`${k}.givers.${c.givenBy}`);
        return (
          <div key={c.id}>
            <Text fw={600}>
              {t(`${k}.given`, {
                by,
                method: t(`${k}.methods.${c.method}`).toLowerCase(),
                at: formatDateTimeMinutes(c.givenAt),
              })}
            </Text>
            {c.withdrawnAt ? (
              <Alert color="red" variant="light" p="xs" my={4}>
                {t(`${k}.withdrawn`, {
                  at: formatDateTimeMinutes(c.withdrawnAt),
                  reason: c.withdrawnReason ?? '',
                })}
              </Alert>
            ) : (
              <Text size="sm" fw={700} c={OK_GREEN}>
                {t(`${k}.current`)}
              </Text>
            )}
            <Text size="sm">{t(`${k}.scopeList`)}:</Text>
            {scopes.length > 0 ? (
              <List size="sm">
                {scopes.map((s) => (
                  <List.Item key={s}>{s}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">{t(`${k}.none`)}</Text>
            )}
            {c.note && <Text size="sm">{c.note}</Text>}
            <Text size="sm" c="dimmed">
              {t(`${k}.recordedBy`, { name: c.recordedBy })}
            </Text>
          </div>
        );
      })}
    </Stack>
  );
}
