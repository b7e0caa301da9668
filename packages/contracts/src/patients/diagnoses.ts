import { z } from 'zod';
import { messageCode } from '../messages/render.ts';

/**
 * ICD-10-SE codes typical of the SMO target group, with Swedish and English names. Any valid-looking
 * ICD-10 code is accepted; these are the ones the forms offer and the follow-up groups by.
 */
export const TARGET_GROUP_DIAGNOSES: ReadonlyArray<{ code: string; sv: string; en: string; group: string }> =
  [
    {
      code: 'F71',
      sv: 'Måttlig intellektuell funktionsnedsättning',
      en: 'Moderate intellectual disability',
      group: 'intellectual_disability',
    },
    {
      code: 'F72',
      sv: 'Svår intellektuell funktionsnedsättning',
      en: 'Severe intellectual disability',
      group: 'intellectual_disability',
    },
    {
      code: 'F73',
      sv: 'Mycket svår intellektuell funktionsnedsättning',
      en: 'Profound intellectual disability',
      group: 'intellectual_disability',
    },
    { code: 'F84.0', sv: 'Autism', en: 'Childhood autism', group: 'autism' },
    { code: 'F84.2', sv: 'Retts syndrom', en: 'Rett syndrome', group: 'rare_syndrome' },
    { code: 'G80', sv: 'Cerebral pares', en: 'Cerebral palsy', group: 'cerebral_palsy' },
    {
      code: 'G80.0',
      sv: 'Spastisk tetraplegisk cerebral pares',
      en: 'Spastic quadriplegic cerebral palsy',
      group: 'cerebral_palsy',
    },
    { code: 'Q05', sv: 'Ryggmärgsbråck', en: 'Spina bifida', group: 'spina_bifida' },
    { code: 'Q90', sv: 'Downs syndrom', en: 'Down syndrome', group: 'rare_syndrome' },
    { code: 'Q87.1', sv: 'Prader-Willis syndrom', en: 'Prader-Willi syndrome', group: 'rare_syndrome' },
    { code: 'Q99.2', sv: 'Fragilt X-syndrom', en: 'Fragile X syndrome', group: 'rare_syndrome' },
    { code: 'Q93.5', sv: 'Angelmans syndrom', en: 'Angelman syndrome', group: 'rare_syndrome' },
    {
      code: 'T90.5',
      sv: 'Följdtillstånd efter hjärnskada',
      en: 'Sequelae of intracranial injury',
      group: 'acquired_brain_injury',
    },
    {
      code: 'T91.3',
      sv: 'Följdtillstånd efter ryggmärgsskada',
      en: 'Sequelae of spinal cord injury',
      group: 'spinal_cord_injury',
    },
    { code: 'G71.0', sv: 'Muskeldystrofi', en: 'Muscular dystrophy', group: 'neuromuscular' },
    { code: 'G12.2', sv: 'Motorneuronsjukdom', en: 'Motor neuron disease', group: 'neuromuscular' },
    { code: 'G40', sv: 'Epilepsi', en: 'Epilepsy', group: 'other' },
  ];

const byCode = new Map(TARGET_GROUP_DIAGNOSES.map((d) => [d.code, d]));

export function diagnosisName(code: string, locale: 'sv' | 'en' = 'sv'): string {
  const d = byCode.get(code);
  return d ? d[locale] : code;
}

export const ZDiagnosisCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$/, {
    error: messageCode('diagnosis_code_format'),
  });
