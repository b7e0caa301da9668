import { lixLevel } from '@lotsa/contracts';
import type { TFunction } from 'i18next';

/** "Läsbarhet: LIX 24 – mycket lättläst". */
export const lixText = (t: TFunction, lix: number) =>
  t('letters.lix', { lix: Math.round(lix), level: t(`letters.lixLevels.${lixLevel(lix)}`) });
