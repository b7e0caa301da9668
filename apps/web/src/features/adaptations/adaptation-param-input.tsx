import { type AdaptationParam, COMPANION_KINDS } from '@lotsa/contracts';
import { NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemValues } from './adaptation-form-values.ts';

/** One parameter of a coded item: minutes as a number, who or wheelchair type chosen, times and text typed. */
export function AdaptationParamInput({
  name,
  params,
  error,
  onChange,
}: {
  name: AdaptationParam;
  params: ItemValues['params'];
  error: string | undefined;
  onChange: (value: string | number) => void;
}) {
  const { t } = useTranslation();
  const label = t(`adaptations.params.${name}`);
  if (name === 'minutes')
    return (
      <NumberInput
        label={label}
        min={15}
        max={240}
        step={15}
        required
        value={params.minutes}
        onChange={(v) => onChange(typeof v === 'number' ? v : '')}
        error={error}
      />
    );
  if (name === 'who' || name === 'wheelchairType') {
    const data =
      name === 'who'
        ? COMPANION_KINDS.map((k) => ({ value: k, label: t(`adaptations.companions.${k}`) }))
        : (['manual', 'electric'] as const).map((k) => ({
            value: k,
            label: t(`adaptations.wheelchairTypes.${k}`),
          }));
    return (
      <Select
        label={label}
        data={data}
        clearable
        value={params[name] || null}
        onChange={(v) => onChange(v ?? '')}
        error={error}
      />
    );
  }
  return (
    <TextInput
      label={label}
      type={name === 'timeFrom' || name === 'timeTo' ? 'time' : 'text'}
      required
      value={params[name]}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}
