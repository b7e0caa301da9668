import type { CareTeamRole, LetterContent, LetterRow } from '@lotsa/contracts';
import { lix } from './letters.lix.ts';
import { letterText } from './letters.template.ts';

/**
 * Pure: the "my contacts" sheet (care-team module's answer) in the letters' picture style: one row
 * per person, photo (or initials) left, name, role and phone right.
 */
export interface MyContactsSheet {
  patientName: string;
  unitName: string;
  unitPhone: string | null;
  people: Array<{
    role: CareTeamRole;
    name: string;
    profession: string;
    phone: string | null;
    photoUrl: string | null;
  }>;
  network: Array<{ kind: string; organisation: string; name: string | null; phone: string | null }>;
}

const ROLE: Record<string, string> = {
  fixed_doctor: 'Din läkare',
  fixed_nurse: 'Din sjuksköterska',
  navigator: 'Din vårdlots',
};

const staffIdOf = (url: string | null) => url?.match(/\/api\/staff\/([0-9a-f-]{36})\/photo/)?.[1] ?? null;
const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

export function renderMyContacts(d: MyContactsSheet): LetterContent {
  const people: LetterRow[] = d.people.map((p) => {
    const staffId = staffIdOf(p.photoUrl);
    return {
      picture: staffId
        ? { kind: 'staff', staffId, initials: initials(p.name) }
        : { kind: 'pictogram', code: 'talk' },
      alt: `Foto av ${p.name}`,
      lines: [
        ROLE[p.role] ?? p.role,
        p.name,
        ...((p.phone ?? d.unitPhone) ? [`Ring ${p.phone ?? d.unitPhone}.`] : []),
      ],
    };
  });
  const sections: LetterContent['sections'] = [
    {
      key: 'intro',
      heading: `Hej ${d.patientName.split(' ')[0]}!`,
      rows: [{ picture: null, alt: '', lines: ['Här är dina kontakter.', 'Spara papperet.'] }],
    },
    { key: 'people', heading: 'Dem kan du ringa', rows: people },
    {
      key: 'call',
      heading: 'Vår mottagning',
      rows: [
        {
          picture: { kind: 'pictogram', code: 'phone' },
          alt: 'Telefon',
          lines: [d.unitName, ...(d.unitPhone ? [`Ring ${d.unitPhone}.`] : [])],
        },
      ],
    },
  ];
  if (d.network.length > 0)
    sections.push({
      key: 'where',
      heading: 'Andra som hjälper dig',
      rows: d.network.map((n) => ({
        picture: { kind: 'pictogram', code: 'meet_team' },
        alt: 'Flera personer',
        lines: [n.organisation, ...(n.name ? [n.name] : []), ...(n.phone ? [`Ring ${n.phone}.`] : [])],
      })),
    });
  return {
    title: 'Mina kontakter',
    variant: 'easy_read',
    addressLines: [],
    copyNote: null,
    sections,
    unitName: d.unitName,
    lix: lix(letterText(sections, 'Mina kontakter')),
  };
}
