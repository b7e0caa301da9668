import type { LetterPictogram } from '@lotsa/contracts';

/**
 * Where every pictogram comes from (docs/pictograms.md lists the same): Health Icons
 * (`healthicons`, outline style; public domain / CC0, healthicons.org) or drawn for Lotsa (`lotsa`,
 * public domain like the rest of the project's drawings). Never ARASAAC, Sclera or Widgit.
 */
export interface PictogramSource {
  source: 'healthicons' | 'lotsa';
  /** Health Icons: path under public/icons/svg/outline; Lotsa: the drawing's name in pictograms.drawn.ts. */
  file: string;
  /** Swedish alt text: what the picture shows. */
  alt: string;
}

export const PICTOGRAMS: Record<LetterPictogram, PictogramSource> = {
  arrive: { source: 'healthicons', file: 'places/ambulatory_clinic.svg', alt: 'Vårdcentralen' },
  meet_nurse: { source: 'healthicons', file: 'people/nurse.svg', alt: 'Sjuksköterska' },
  meet_doctor: { source: 'healthicons', file: 'people/doctor.svg', alt: 'Läkare' },
  meet_ot: { source: 'healthicons', file: 'people/health_worker.svg', alt: 'Arbetsterapeut' },
  meet_pt: { source: 'healthicons', file: 'specialties/physical_therapy.svg', alt: 'Fysioterapeut' },
  meet_assistant_nurse: {
    source: 'healthicons',
    file: 'people/community_healthworker.svg',
    alt: 'Undersköterska',
  },
  meet_team: { source: 'healthicons', file: 'people/group_discussion_meeting.svg', alt: 'Flera personer' },
  weigh: { source: 'healthicons', file: 'devices/weight.svg', alt: 'Våg' },
  blood_pressure: { source: 'healthicons', file: 'devices/blood_pressure.svg', alt: 'Blodtrycksmätare' },
  blood_test: { source: 'healthicons', file: 'devices/syringe.svg', alt: 'Spruta för blodprov' },
  talk: { source: 'healthicons', file: 'symbols/communication.svg', alt: 'Två som pratar' },
  look_around: { source: 'healthicons', file: 'symbols/magnifying_glass.svg', alt: 'Förstoringsglas' },
  video_call: { source: 'healthicons', file: 'symbols/telemedicine.svg', alt: 'Videosamtal' },
  home: { source: 'healthicons', file: 'places/home.svg', alt: 'Ett hus' },
  go_home: { source: 'lotsa', file: 'go_home', alt: 'Ett hus och en pil dit' },
  calendar: { source: 'healthicons', file: 'objects/calendar.svg', alt: 'Kalender' },
  clock: { source: 'lotsa', file: 'clock', alt: 'Klocka' },
  place: { source: 'healthicons', file: 'symbols/geo_location.svg', alt: 'Kartnål' },
  bring: { source: 'lotsa', file: 'bag', alt: 'Väska' },
  phone: { source: 'healthicons', file: 'objects/phone.svg', alt: 'Telefon' },
  cancel: { source: 'healthicons', file: 'symbols/cancel.svg', alt: 'Kryss' },
};
