import type { HealthCheck, TemplateSection } from '@lotsa/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx';
import { useUnsavedChanges } from '../../components/use-unsaved-changes.ts';
import { ApiError, fieldErrors } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { type FormAnswers, isEnabled, toForm, toRequest } from './answer-values.ts';
import { ItemField } from './item-field.tsx';
import { healthCheckKeys, local, useSaveSection } from './use-health-checks.ts';

/**
 * One section of the protocol as a form, saved on its own: the save names the version the form was
 * loaded with, and when someone else saved in between the server refuses (409) and the form offers to
 * load theirs. Ctrl+Enter saves; "Spara och nästa" moves on.
 */
export function SectionForm({
  check,
  section,
  headingId,
  onNext,
}: {
  check: HealthCheck;
  section: TemplateSection;
  headingId: string;
  onNext: (() => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const client = useQueryClient();
  const saved = check.sections.find((s) => s.linkId === section.linkId);
  const [form, setForm] = useState<FormAnswers>(() => toForm(section, saved));
  const [dirty, setDirty] = useState(false);
  const save = useSaveSection(check.id);
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);
  const readOnly = check.status !== 'draft';
  const errors = fieldErrors(save.error, lang);
  const stale = save.error instanceof ApiError && save.error.code === 'health_check_section_stale';
  const k = 'healthChecks';

  const submit = (next: boolean) => {
    save.mutate(
      {
        section: section.linkId,
        body: { expectedVersion: saved?.version ?? 0, answers: toRequest(section, form) },
      },
      {
        onSuccess: () => {
          setDirty(false);
          notify.success(t(`${k}.savedNotice`, { section: local(section.text, lang) }));
          if (next && onNext) {
            allowLeaving();
            onNext();
          }
        },
      },
    );
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(false);
  };
  const reload = async () => {
    await client.invalidateQueries({ queryKey: healthCheckKeys.one(check.id) });
    const fresh = client.getQueryData<HealthCheck>(healthCheckKeys.one(check.id));
    setForm(
      toForm(
        section,
        fresh?.sections.find((s) => s.linkId === section.linkId),
      ),
    );
    setDirty(false);
    save.reset();
  };

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !readOnly) {
          e.preventDefault();
          submit(false);
        }
      }}
      aria-labelledby={headingId}
      noValidate
    >
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {local(section.text, lang)}
          </Title>
          <Text size="sm" c="dimmed">
            {[
              section.diagnoses ? t(`${k}.module`) : null,
              t(`${k}.fills`, { roles: section.roles.map((r) => t(`${k}.roles.${r}`)).join(', ') }),
              saved
                ? `${t(`${k}.saved`, { version: saved.version, by: saved.updatedBy ?? '' })}, ${saved.updatedAt ? formatDateTime(saved.updatedAt) : ''}`
                : t(`${k}.notSaved`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        {section.item
          .filter((item) => isEnabled(item, form))
          .map((item) => (
            <ItemField
              key={item.linkId}
              item={item}
              answer={form[item.linkId] ?? { value: null, notDone: false, reason: '' }}
              onChange={(next) => {
                setForm((f) => ({ ...f, [item.linkId]: next }));
                setDirty(true);
              }}
              error={errors[`answers.${item.linkId}`]}
              errors={errors}
              readOnly={readOnly}
              bmi={check.derived.bmi}
            />
          ))}
        <ErrorAlert error={save.error} showFieldErrors />
        {stale && (
          <Button variant="light" onClick={reload} w="fit-content">
            {t(`${k}.reload`)}
          </Button>
        )}
        {!readOnly && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t(`${k}.save`)}
            </Button>
            {onNext && (
              <Button variant="light" loading={save.isPending} onClick={() => submit(true)}>
                {t(`${k}.saveNext`)}
              </Button>
            )}
            <Text size="sm" c="dimmed">
              {t(`${k}.shortcut`)}
            </Text>
          </Group>
        )}
      </Stack>
      <UnsavedChangesDialog blocker={blocker} />
    </form>
  );
}
