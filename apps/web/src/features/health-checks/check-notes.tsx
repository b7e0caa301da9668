import type { CheckNote, HealthCheck } from '@lotsa/contracts';
import { Alert, Anchor, List, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { local } from './use-health-checks.ts';

/** What the protocol says about the answers: what stops signing, warnings, reminders, screening. */
export function CheckNotes({ check, onGoTo }: { check: HealthCheck; onGoTo: (section: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const k = 'healthChecks';
  const d = check.derived;
  const list = (notes: CheckNote[]) => (
    <List size="sm" spacing={2}>
      {notes.map((n, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one item may have several notes
        <List.Item key={`${n.linkId}-${i}`}>
          <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(n.section)}>
            {local(n.text, lang)}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
  const open = check.status === 'draft';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {open && d.signBlockers.length > 0 && (
        <Alert color="red" title={t(`${k}.blockers`)} data-testid="sign-blockers">
          {list(d.signBlockers)}
        </Alert>
      )}
      {d.warnings.length > 0 && (
        <Alert color="orange" title={t(`${k}.warnings`)} data-testid="warnings">
          {list(d.warnings)}
        </Alert>
      )}
      {open && d.prompts.length > 0 && (
        <Alert color="blue" title={t(`${k}.prompts`)} data-testid="prompts">
          {list(d.prompts)}
        </Alert>
      )}
      {check.previous && check.previous.notDone.length > 0 && (
        <Alert color="gray" title={t(`${k}.previous`, { date: formatDate(check.previous.signedAt) })}>
          <List size="sm">
            {check.previous.notDone.map((n) => (
              <List.Item key={n.linkId}>{`${n.linkId}: ${n.reason}`}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Alert color="gray" title={t(`${k}.screening`)}>
        <List size="sm">
          {d.screening.map((s) => (
            <List.Item key={s.programme}>
              <Text
                span
                size="sm"
              >{`${local(s.text, lang)}: ${s.eligible ? t(`${k}.eligible`) : t(`${k}.notEligible`)}`}</Text>
            </List.Item>
          ))}
        </List>
      </Alert>
    </SimpleGrid>
  );
}
