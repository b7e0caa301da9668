import { Alert, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../../app/i18n/index.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { ApiError } from '../../lib/api.ts';
import { Face } from './faces.tsx';
import { spokenDate } from './spoken-date.ts';
import { SurveyForm } from './survey-form.tsx';
import { SurveyShell } from './survey-shell.tsx';
import { useAnswerSurvey, usePublicSurvey } from './use-surveys.ts';

const REFUSAL_TITLES: Record<string, string> = {
  survey_already_answered: 'surveys.link.answeredTitle',
  survey_expired: 'surveys.link.expiredTitle',
  survey_not_open: 'surveys.link.notOpenTitle',
};

/** /enkat/:token — the survey behind a link or QR code; no account. Shows nothing about the patient. */
export function SurveyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const survey = usePublicSurvey(token);
  const answer = useAnswerSurvey(token);
  useDocumentTitle(t('surveys.form.title'));

  let body: React.ReactNode;
  if (answer.isSuccess) body = <Thanks />;
  else if (survey.isPending) body = <LoadingState label={t('surveys.link.loading')} />;
  else if (survey.isError) {
    const err = survey.error;
    const code = err instanceof ApiError ? err.code : '';
    body = (
      <Refused
        title={t((REFUSAL_TITLES[code] ?? 'surveys.link.notFoundTitle') as 'surveys.link.notFoundTitle')}
        detail={err.message}
      />
    );
  } else {
    const s = survey.data;
    const locale = currentLocale();
    body = (
      <SurveyForm
        version={s.version}
        intro={
          <Stack gap={4}>
            <Text fw={600}>
              {t('surveys.form.about', {
                visitType: t(`surveys.visitTypes.${s.visitTypeCode}`),
                date: spokenDate(s.visitDate, locale),
              })}
            </Text>
            <Text>{t('surveys.form.aboutUnit', { unit: s.unitName })}</Text>
          </Stack>
        }
        onSubmit={(a) =>
          answer.mutate({ answeredBy: a.answeredBy, scores: a.scores, comment: a.comment || null })
        }
        submitting={answer.isPending}
        error={answer.error}
      />
    );
  }
  return <SurveyShell>{body}</SurveyShell>;
}

function Refused({ title, detail }: { title: string; detail: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack gap="md">
      <Title order={1} ref={ref} tabIndex={-1} className="survey-step-title">
        {title}
      </Title>
      <Alert color="blue" variant="light">
        {detail}
      </Alert>
    </Stack>
  );
}

export function Thanks({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack gap="md" align="flex-start" role="status">
      <Face score={3} size={96} />
      <Title order={1} ref={ref} tabIndex={-1} className="survey-step-title">
        {t('surveys.form.thanks.title')}
      </Title>
      <Text>{t('surveys.form.thanks.text')}</Text>
      {children}
    </Stack>
  );
}
