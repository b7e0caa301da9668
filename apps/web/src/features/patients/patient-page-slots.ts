import type { Patient } from '@lotsa/contracts';
import { defineSlot, type SlotPart } from '../../lib/slots.tsx';

/** What every part of the patient page is given: the patient as the server answered (audited read). */
export interface PatientPartProps {
  patient: Patient;
}

/**
 * A card on the patient page. Half-width cards that follow each other stand side by side on a wide
 * screen; the others take the whole width. Order now: details 10 (half), adaptations 20 (half),
 * visits 30, representatives 40, care contacts 50, intake 60.
 */
export interface PatientSection extends SlotPart<PatientPartProps> {
  width?: 'half' | 'full';
}

/** The patient page's cards, below the header. */
export const patientPageSections = defineSlot<PatientSection>('patient-page.sections');

/** Under the name in the header: what staff must see first (the adaptation banner, 10). */
export const patientHeaderNotes = defineSlot<SlotPart<PatientPartProps>>('patient-page.header-notes');

/**
 * The header's buttons, left to right: book a visit 10, change details 20, new contact request 30,
 * log extract 40. A part that does not apply to the signed-in user renders nothing.
 */
export const patientHeaderActions = defineSlot<SlotPart<PatientPartProps>>('patient-page.header-actions');
