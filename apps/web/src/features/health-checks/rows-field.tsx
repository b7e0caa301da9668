import type { TemplateItem } from '@lotsa/contracts';
import { Checkbox, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type EditableColumn, EditableRowsTable } from '../../components/editable-rows-table.tsx';
import { type FormRow, newRowKey } from './answer-values.ts';
import { local } from './use-health-checks.ts';

/** A repeating group (the medication list, the findings) as rows of fields added and removed in place. */
export function RowsField({
  item,
  rows,
  onChange,
  errors,
  readOnly,
}: {
  item: TemplateItem;
  rows: FormRow[];
  onChange: (rows: FormRow[]) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const k = 'healthChecks';
  const patch = (i: number, col: string, v: FormRow[string]) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [col]: v } : r)));
  const columns: EditableColumn<FormRow>[] = (item.columns ?? []).map((c, ci) => {
    const header = local(c.text, lang);
    return {
      header,
      cell: (r, { index: i, focusRef }) => {
        const aria = t(`${k}.rowField`, { field: header, row: i + 1 });
        const error = errors[`answers.${item.linkId}.${i}.${c.linkId}`];
        const ref = ci === 0 ? focusRef : undefined;
        const v = r[c.linkId];
        if (c.type === 'boolean')
          return (
            <Checkbox
              ref={ref}
              aria-label={aria}
              checked={v === true}
              disabled={readOnly}
              onChange={(e) => patch(i, c.linkId, e.currentTarget.checked)}
            />
          );
        if (c.type === 'choice')
          return (
            <NativeSelect
              aria-label={aria}
              value={typeof v === 'string' ? v : ''}
              disabled={readOnly}
              error={error}
              data={[
                { value: '', label: t(`${k}.unanswered`) },
                ...(c.answerOption ?? []).map((o) => ({ value: o.code, label: local(o.text, lang) })),
              ]}
              onChange={(e) => patch(i, c.linkId, e.currentTarget.value || null)}
            />
          );
        return (
          <TextInput
            ref={ref}
            aria-label={aria}
            value={typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v)}
            readOnly={readOnly}
            error={error}
            onChange={(e) => patch(i, c.linkId, e.currentTarget.value)}
          />
        );
      },
    };
  });
  const isMedication = item.linkId === 'medication.list';
  if (readOnly) return <ReadOnlyRows item={item} rows={rows} />;
  return (
    <EditableRowsTable
      rows={rows}
      label={local(item.text, lang)}
      hint={t(`${k}.rowsHint`)}
      none={t(`${k}.noRows`)}
      columns={columns}
      removeLabel={(_, i) => t(`${k}.removeRow`, { n: i + 1 })}
      addLabel={t(isMedication ? `${k}.addMedicine` : `${k}.addRow`)}
      onAdd={() => {
        const key = newRowKey();
        onChange([...rows, { key }]);
        return key;
      }}
      onRemove={(i) => onChange(rows.filter((_, j) => j !== i))}
      minWidth={720}
      testId={`rows-${item.linkId}`}
    />
  );
}

/** A signed check's rows: a plain table of the answers. */
function ReadOnlyRows({ item, rows }: { item: TemplateItem; rows: FormRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cols = item.columns ?? [];
  const cellText = (c: (typeof cols)[number], v: FormRow[string] | undefined) => {
    if (v === true) return t('healthChecks.yes');
    if (v === false || v === null || v === undefined || v === '') return '–';
    const o = c.answerOption?.find((x) => x.code === v);
    return o ? local(o.text, lang) : String(v);
  };
  if (rows.length === 0) return <Text>{`${local(item.text, lang)}: ${t('healthChecks.noRows')}`}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table aria-label={local(item.text, lang)}>
        <Table.Thead>
          <Table.Tr>
            {cols.map((c) => (
              <Table.Th key={c.linkId} scope="col">
                {local(c.text, lang)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              {cols.map((c) => (
                <Table.Td key={c.linkId}>{cellText(c, r[c.linkId])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
