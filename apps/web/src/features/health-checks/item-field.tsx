import type { TemplateItem } from '@lotsa/contracts';
import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormAnswer } from './answer-values.ts';
import { RowsField } from './rows-field.tsx';
import { local } from './use-health-checks.ts';

/** One protocol item as a field, by its type, with "Ej gjort" and the reason. */
export function ItemField({
  item,
  answer,
  onChange,
  error,
  errors,
  readOnly,
  bmi,
}: {
  item: TemplateItem;
  answer: FormAnswer;
  onChange: (next: FormAnswer) => void;
  error?: string;
  /** All field errors of the section by path (rows show theirs per cell). */
  errors: Record<string, string>;
  readOnly: boolean;
  bmi: number | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = local(item.text, lang) + (item.unit ? ` (${item.unit})` : '');
  const set = (value: FormAnswer['value']) => onChange({ ...answer, value });

  if (item.computed === 'bmi')
    return (
      <TextInput
        label={label}
        value={bmi === null ? '' : String(bmi)}
        readOnly
        description={t('healthChecks.computed')}
      />
    );
  let field: React.ReactNode;
  const disabled = readOnly || answer.notDone;
  switch (item.type) {
    case 'boolean':
      field = (
        <Radio.Group
          label={label}
          error={error}
          value={answer.value === true ? 'yes' : answer.value === false ? 'no' : ''}
          onChange={(v) => set(v === 'yes')}
        >
          <Group mt={4}>
            <Radio value="yes" label={t('healthChecks.yes')} disabled={disabled} />
            <Radio value="no" label={t('healthChecks.no')} disabled={disabled} />
          </Group>
        </Radio.Group>
      );
      break;
    case 'choice':
      field = (
        <Radio.Group
          label={label}
          error={error}
          value={typeof answer.value === 'string' ? answer.value : ''}
          onChange={set}
        >
          <Group mt={4} gap="md">
            {item.answerOption?.map((o) => (
              <Radio key={o.code} value={o.code} label={local(o.text, lang)} disabled={disabled} />
            ))}
          </Group>
        </Radio.Group>
      );
      break;
    case 'text':
      field = (
        <Textarea
          label={label}
          error={error}
          autosize
          minRows={2}
          value={typeof answer.value === 'string' ? answer.value : ''}
          onChange={(e) => set(e.currentTarget.value)}
          disabled={disabled}
        />
      );
      break;
    case 'rows':
      field = (
        <RowsField
          item={item}
          rows={Array.isArray(answer.value) ? answer.value : []}
          onChange={set}
          errors={errors}
          readOnly={readOnly}
        />
      );
      break;
    default:
      field = (
        <TextInput
          label={label}
          error={error}
          type={item.type === 'date' ? 'date' : 'text'}
          inputMode={item.type === 'decimal' ? 'decimal' : item.type === 'integer' ? 'numeric' : undefined}
          value={
            typeof answer.value === 'string'
              ? answer.value
              : answer.value === null
                ? ''
                : String(answer.value)
          }
          onChange={(e) => set(e.currentTarget.value)}
          disabled={disabled}
          maw={item.type === 'string' ? undefined : 240}
        />
      );
  }
  return (
    <Stack gap={4}>
      {field}
      {item.type !== 'rows' && !readOnly && (
        <Checkbox
          size="xs"
          label={t('healthChecks.notDone')}
          aria-label={`${t('healthChecks.notDone')}: ${local(item.text, lang)}`}
          checked={answer.notDone}
          onChange={(e) => onChange({ ...answer, notDone: e.currentTarget.checked })}
        />
      )}
      {answer.notDone &&
        (readOnly ? (
          <Text size="sm">{`${t('healthChecks.notDone')}: ${answer.reason}`}</Text>
        ) : (
          <TextInput
            size="sm"
            label={`${t('healthChecks.notDoneReason')}: ${local(item.text, lang)}`}
            value={answer.reason}
            onChange={(e) => onChange({ ...answer, reason: e.currentTarget.value })}
          />
        ))}
    </Stack>
  );
}
