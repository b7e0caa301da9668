import type { AdaptationProfile, Feature, PassportLevel } from '@lotsa/contracts';
import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { formatDate } from '../../lib/format.ts';
import { AdaptationsFormModal } from './adaptations-form-modal.tsx';
import { codeLevel, codeName, paramWords, requirementWords, useAdaptations } from './use-adaptations.ts';

const LEVELS: PassportLevel[] = ['red', 'amber', 'green'];
const LEVEL_COLOR: Record<PassportLevel, string> = { red: 'red.8', amber: 'yellow.4', green: 'green.9' };

/** The adaptation passport: top three, red/amber/green items, and what the booking needs. */
export function AdaptationsCard({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const query = useAdaptations(patientId);
  const [editing, setEditing] = useState(false);

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('patients.page.adaptations')}
        </Title>
        {query.data && (
          <Button
            variant="light"
            className="no-print"
            leftSection={<IconEdit size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('adaptations.edit')}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Passport profile={query.data} language={i18n.language} />
      )}
      {editing && query.data && (
        <AdaptationsFormModal profile={query.data} onClose={() => setEditing(false)} />
      )}
    </Card>
  );
}

function Passport({ profile: p, language }: { profile: AdaptationProfile; language: string }) {
  const { t } = useTranslation();
  const req = requirementWords(p.requirements, t);
  const r = p.requirements;
  return (
    <Stack gap="md">
      {p.topThree.length > 0 && (
        <div>
          <Title order={3} size="h4">
            {t('adaptations.topThree')}
          </Title>
          <List type="ordered" mt={4}>
            {p.topThree.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the three lines have no other identity
              <List.Item key={i}>{s}</List.Item>
            ))}
          </List>
        </div>
      )}
      {p.items.length === 0 && <Text>{t('adaptations.none')}</Text>}
      {LEVELS.map((level) => {
        const items = p.items.filter((i) => codeLevel(i.code) === level);
        if (items.length === 0) return null;
        return (
          <div key={level}>
            <Group gap="xs">
              <Badge color={LEVEL_COLOR[level]} variant="filled" autoContrast aria-hidden>
                {t(`adaptations.levelShort.${level}`)}
              </Badge>
              <Title order={3} size="h4">
                {t(`adaptations.levels.${level}`)}
              </Title>
            </Group>
            <List mt={4} spacing={4}>
              {items.map((item) => {
                const params = paramWords(item, t);
                return (
                  <List.Item key={item.code}>
                    <Text span fw={600}>
                      {codeName(item.code, language)}
                    </Text>
                    {params.length > 0 && <Text span>{` – ${params.join(', ')}`}</Text>}
                    {item.note && (
                      <Text size="sm" c="dimmed">
                        {item.note}
                      </Text>
                    )}
                  </List.Item>
                );
              })}
            </List>
          </div>
        );
      })}
      <div>
        <Title order={3} size="h4">
          {t('adaptations.requirements')}
        </Title>
        {req.length === 0 && !r.sameStaff && !r.waitOutside ? (
          <Text>{t('adaptations.noRequirements')}</Text>
        ) : (
          <List mt={4}>
            {r.roomFeatures.length > 0 && (
              <List.Item>
                {`${t('adaptations.roomFeatures')}: ${r.roomFeatures.map((f) => t(`features.${f as Feature}`)).join(', ')}`}
              </List.Item>
            )}
            {r.minDurationMinutes && (
              <List.Item>{t('adaptations.minDuration', { minutes: r.minDurationMinutes })}</List.Item>
            )}
            {r.timeWindow && (
              <List.Item>
                {t('adaptations.timeWindow', { from: r.timeWindow.from, to: r.timeWindow.to })}
              </List.Item>
            )}
            {r.companion.required && (
              <List.Item>
                {r.companion.who
                  ? t('adaptations.companionWho', {
                      who: t(`adaptations.companions.${r.companion.who as 'other'}`, {
                        defaultValue: r.companion.who,
                      }),
                    })
                  : t('adaptations.companion')}
              </List.Item>
            )}
            {r.interpreter && (
              <List.Item>{t('adaptations.interpreter', { language: r.interpreter.language })}</List.Item>
            )}
            {r.signInterpreter && <List.Item>{t('adaptations.signInterpreter')}</List.Item>}
            {r.sameStaff && <List.Item>{t('adaptations.sameStaff')}</List.Item>}
            {r.waitOutside && <List.Item>{t('adaptations.waitOutside')}</List.Item>}
          </List>
        )}
      </div>
      <Text size="sm" c="dimmed">
        {p.version > 0 && p.recordedAt
          ? t('adaptations.version', {
              version: p.version,
              date: formatDate(p.recordedAt),
              by: p.recordedBy ?? '',
            })
          : t('adaptations.notRecorded')}
        {p.version > 0 && ` · ${t('adaptations.consentBy')}: ${t(`adaptations.consent.${p.consentBy}`)}`}
        {p.reviewDue && ` · ${t('adaptations.reviewDue', { date: formatDate(p.reviewDue) })}`}
      </Text>
    </Stack>
  );
}
