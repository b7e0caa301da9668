import { Anchor, Avatar, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPhone, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useMyContacts } from './use-care-team.ts';
import './my-contacts.css';

/** The easy-read "my contacts" sheet: large text, one person per block, printable. */
export function MyContactsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useMyContacts(id);
  const k = 'careTeam.myContacts';

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const d = query.data;

  return (
    <Stack className="my-contacts" gap="lg" maw={720}>
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/patienter/${id}`}>
          {t(`${k}.back`)}
        </Anchor>
        <Group gap="xs">
          <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
            {t('actions.print')}
          </Button>
          <Button
            component="a"
            variant="default"
            href={`/api/patients/${id}/my-contacts.pdf`}
            target="_blank"
          >
            {t('letters.openPdf')}
          </Button>
        </Group>
      </Group>
      <div>
        <PageTitle>{t(`${k}.title`)}</PageTitle>
        <Text className="my-contacts-text">{t(`${k}.forPatient`, { name: d.patientName })}</Text>
        <Text className="my-contacts-text">{t(`${k}.intro`)}</Text>
      </div>
      {d.people.map((p) => (
        <Card
          key={p.role}
          withBorder
          component="section"
          className="my-contacts-block"
          aria-label={t(`${k}.people.${p.role}`)}
        >
          <Title order={2} className="my-contacts-role">
            {t(`${k}.people.${p.role}`)}
          </Title>
          <Group wrap="nowrap" align="center">
            {/* The photo the unit manager uploaded (letters module); the initials when there is none. */}
            <Avatar src={p.photoUrl} alt={p.name} size={96} radius={96}>
              {p.name
                .split(' ')
                .map((w) => w[0])
                .join('')
                .slice(0, 2)}
            </Avatar>
            <div>
              <Text className="my-contacts-name">{p.name}</Text>
              <Text className="my-contacts-text">
                {t(`professions.${p.profession as 'doctor'}`, { defaultValue: p.profession })}
              </Text>
            </div>
          </Group>
          <PhoneLine phone={p.phone ?? d.unitPhone} fallback={t(`${k}.noPhone`)} />
        </Card>
      ))}
      <Card withBorder component="section" className="my-contacts-block" aria-label={t(`${k}.unit`)}>
        <Title order={2} className="my-contacts-role">
          {t(`${k}.unit`)}
        </Title>
        <Text className="my-contacts-name">{d.unitName}</Text>
        {d.unitPhone && <PhoneLine phone={d.unitPhone} fallback="" />}
      </Card>
      {d.network.length > 0 && (
        <Stack gap="md">
          <Title order={2} className="my-contacts-role">
            {t(`${k}.others`)}
          </Title>
          {d.network.map((n, i) => (
            <Card
              // biome-ignore lint/suspicious/noArrayIndexKey: the sheet's contacts carry no id
              key={i}
              withBorder
              component="section"
              className="my-contacts-block"
              aria-label={n.organisation}
            >
              <Text className="my-contacts-text" fw={700}>
                {t(`careTeam.kinds.${n.kind}`)}
              </Text>
              <Text className="my-contacts-name">{n.organisation}</Text>
              {n.name && <Text className="my-contacts-text">{n.name}</Text>}
              {n.phone && <PhoneLine phone={n.phone} fallback="" />}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function PhoneLine({ phone, fallback }: { phone: string | null; fallback: string }) {
  const { t } = useTranslation();
  if (!phone) return <Text className="my-contacts-text">{fallback}</Text>;
  return (
    <Text className="my-contacts-text">
      <IconPhone size={22} aria-hidden style={{ verticalAlign: 'middle', marginRight: 6 }} />
      <Anchor href={`tel:${phone}`} inherit>
        {t('careTeam.myContacts.phone', { phone })}
      </Anchor>
    </Text>
  );
}
