import type { ContactRequest } from '@lotsa/contracts';
import { Anchor, Badge, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { minutes, URGENCY_COLOR } from './request-status.ts';
import { waitedWords } from './use-contact-requests.ts';

/** What a request is about, as a description list: subject, urgency, caller, status, patient… */
export function RequestFacts({ request: r }: { request: ContactRequest }) {
  const { t, i18n } = useTranslation();
  const k = 'contactRequests';
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" m={0}>
      <Fact label={t(`${k}.columns.subject`)}>{r.subject}</Fact>
      <Fact label={t(`${k}.columns.urgency`)}>
        <Badge
          autoContrast
          color={URGENCY_COLOR[r.urgency]}
          variant={r.urgency === 'normal' ? 'outline' : 'filled'}
        >
          {t(`${k}.urgencies.${r.urgency}`)}
        </Badge>
      </Fact>
      <Fact label={t(`${k}.columns.caller`)}>
        {`${r.callerName} (${t(`${k}.callerKinds.${r.callerKind}`)})`}
      </Fact>
      <Fact label={t(`${k}.fields.callbackPhone`)}>
        <Anchor href={`tel:${r.callbackPhone}`}>{r.callbackPhone}</Anchor>
      </Fact>
      <Fact label={t(`${k}.columns.status`)}>{t(`${k}.statuses.${r.status}`)}</Fact>
      <Fact label={t(`${k}.columns.assigned`)}>{r.assignedStaffName ?? t(`${k}.routed.team`)}</Fact>
      <Fact label={t(`${k}.detail.created`)}>
        {`${minutes(r.createdAt)} · ${t(`${k}.detail.routedTo`).toLowerCase()} ${t(`${k}.routed.${r.routedTo}`).toLowerCase()}`}
      </Fact>
      <Fact label={t(`${k}.columns.waited`)}>{waitedWords(r.waitedMinutes, i18n.language)}</Fact>
      <Fact label={t(`${k}.columns.patient`)}>
        <Anchor component={Link} to={`/patienter/${r.patientId}`}>
          {r.patientName}
        </Anchor>
      </Fact>
    </SimpleGrid>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" ms={0}>
        {children}
      </Text>
    </div>
  );
}
