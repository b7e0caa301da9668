import type { Proposal, VisitLocation } from '@lotsa/contracts';

type Message = { code: string; params: Record<string, unknown> };

import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sayMessage } from '../../lib/messages.ts';
import { capitalise, inLanguage, startWords, whenWords } from '../../lib/when.ts';
import { VisitSteps } from './visit-steps.tsx';

/** The proposals, best first; each says when, who and where, and why it ranks there. */
export function ProposalList({
  proposals,
  location,
  onChoose,
  choosing,
}: {
  proposals: readonly Proposal[];
  location: VisitLocation;
  onChoose: (p: Proposal) => void;
  /** The proposal being held or booked right now. */
  choosing: Proposal | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="proposals">
      {proposals.map((p) => {
        const when = whenWords(p.start, p.end, lang);
        return (
          <Card component="li" withBorder key={`${p.start}-${p.steps.map((s) => s.staffId).join()}`} py="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Title order={3} size="h4" fw={700}>
                  {capitalise(when)}
                </Title>
                <VisitSteps
                  steps={p.steps}
                  location={location}
                  label={t('scheduling.book.stepsLabel', { when })}
                />
                {p.reasons.length > 0 && (
                  <Group gap={6} mt={2}>
                    {p.reasons.map((r) => (
                      <Badge key={r} size="sm" variant="light" color="teal" tt="none">
                        {capitalise(inLanguage(r, lang))}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
              <Button
                onClick={() => onChoose(p)}
                loading={choosing === p}
                disabled={choosing !== null && choosing !== p}
                aria-label={t('scheduling.book.chooseNamed', { when: startWords(p.start, lang) })}
                style={{ flexShrink: 0 }}
              >
                {t('scheduling.book.choose')}
              </Button>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}

/** Why nothing fits, and one button per way out the server suggests. */
export function NoProposals({
  reasons,
  suggestions,
  onRelax,
}: {
  reasons: readonly Message[];
  suggestions: ReadonlyArray<{
    relax: 'weeks' | 'staff' | 'time_window' | 'equipment';
    message: Message;
    firstStart: string | null;
  }>;
  onRelax: (relax: 'weeks' | 'staff' | 'time_window' | 'equipment') => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Card withBorder bg="yellow.0" data-testid="no-proposals">
      <Title order={3} size="h4">
        {t('scheduling.book.noneFound')}
      </Title>
      <Stack gap={4} mt="xs">
        {reasons.map((r) => {
          const text = sayMessage(r, lang);
          return <Text key={text}>{text}</Text>;
        })}
      </Stack>
      {suggestions.length > 0 && (
        <>
          <Text fw={600} mt="md">
            {t('scheduling.book.whatWouldHelp')}
          </Text>
          <Stack gap="xs" mt={4}>
            {suggestions.map((s) => (
              <Group key={s.relax} gap="sm" wrap="wrap">
                <Button variant="default" onClick={() => onRelax(s.relax)}>
                  {t(`scheduling.book.relax.${s.relax}`)}
                </Button>
                <Text size="sm">
                  {sayMessage(s.message, lang)}
                  {s.firstStart &&
                    ` ${t('scheduling.book.firstStart', { when: startWords(s.firstStart, lang) })}`}
                </Text>
              </Group>
            ))}
          </Stack>
        </>
      )}
    </Card>
  );
}
