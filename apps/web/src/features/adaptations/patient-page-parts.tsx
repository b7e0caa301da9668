import type { SlotPart } from '../../lib/slots.tsx';
import type { PatientPartProps, PatientSection } from '../patients/index.ts';
import { AdaptationBanner } from './adaptation-banner.tsx';
import { AdaptationsCard } from './adaptations-card.tsx';

/** Anpassningar beside the details card on the patient page. */
export const adaptationsSection: PatientSection = {
  id: 'adaptations',
  order: 20,
  width: 'half',
  Component: ({ patient }) => <AdaptationsCard patientId={patient.id} />,
};

/** The adaptation banner under the patient's name. */
export const adaptationBannerNote: SlotPart<PatientPartProps> = {
  id: 'adaptation-banner',
  order: 10,
  Component: ({ patient }) => <AdaptationBanner patientId={patient.id} />,
};
