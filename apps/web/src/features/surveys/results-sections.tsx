import type { SurveyResults } from '@lotsa/contracts';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { shareGood } from './results-query.ts';
import { spokenMonth } from './spoken-date.ts';

/** Sammanfattning: how many answered (at the kiosk too) and the response rate to invitations. */
export function ResultsSummary({ total }: { total: SurveyResults['totals'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="survey-summary">
      <Title order={2} id="survey-summary" size="h3" mb="sm">
        {t('surveys.results.summary')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <Text size="sm">{t('surveys.results.responses')}</Text>
          <Text fz={32} fw={700} data-testid="survey-total-responses">
            {total.responses}
          </Text>
          <Text size="sm">{t('surveys.results.responsesKiosk', { count: total.kiosk })}</Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm">{t('surveys.results.responseRate')}</Text>
          <Text fz={32} fw={700}>
            {total.responseRate === null
              ? t('surveys.results.noAnswers')
              : `${Math.round(total.responseRate * 100)} %`}
          </Text>
          <Text size="sm">
            {t('surveys.results.responseRateText', {
              answered: total.answered,
              invitations: total.invitations,
            })}
          </Text>
        </Paper>
      </SimpleGrid>
    </section>
  );
}

/** Who answered (the patient, with help, someone close): how many, and the share of good answers. */
export function ResultsByWho({ rows }: { rows: SurveyResults['byAnsweredBy'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="survey-who">
      <Title order={2} id="survey-who" size="h3" mb="sm">
        {t('surveys.results.byWho')}
      </Title>
      <Table withTableBorder striped maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.results.byWho')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.responses')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.shareGood')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((w) => {
            const share = shareGood(w.good);
            return (
              <Table.Tr key={w.answeredBy}>
                <Table.Th scope="row">{t(`surveys.results.who.${w.answeredBy}`)}</Table.Th>
                <Table.Td>{w.responses}</Table.Td>
                <Table.Td>{share === null ? t('surveys.results.noAnswers') : `${share} %`}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** The free-text comments, anonymous: each with its month, visit type and who answered. */
export function ResultsComments({ comments }: { comments: SurveyResults['comments'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section aria-labelledby="survey-comments">
      <Title order={2} id="survey-comments" size="h3" mb="sm">
        {t('surveys.results.comments')}
      </Title>
      {comments.length === 0 ? (
        <Text>{t('surveys.results.commentsEmpty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" className="survey-comments" style={{ listStyle: 'none', padding: 0 }}>
          {comments.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: anonymous comments have no id, and the list is fixed
            <Paper key={i} component="li" withBorder p="sm">
              <Text>{c.text}</Text>
              <Text size="sm" c="gray.8">
                {t('surveys.results.commentMeta', {
                  month: spokenMonth(c.month, locale),
                  visitType: t(`surveys.visitTypes.${c.visitTypeCode}`),
                  who: t(`surveys.results.who.${c.answeredBy}`),
                })}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
