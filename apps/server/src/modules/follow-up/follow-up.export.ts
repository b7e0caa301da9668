import type { RegionFollowUp, UnitFollowUp } from '@lotsa/contracts';
import { municipalityName } from '@lotsa/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * The follow-up as files: an Excel workbook (one sheet per section, made with exceljs) and a CSV
 * (one row per figure). Swedish headers. Exported counts of the region view are already suppressed.
 */

type Cell = string | number | null;
interface Sheet {
  name: string;
  head: string[];
  rows: Cell[][];
}

const STEP_SV: Record<string, string> = {
  received: 'Anmälan',
  first_call: 'Första samtal',
  needs_mapped: 'Behovskartläggning',
  decided: 'Beslut om målgrupp',
  consented: 'Samtycke',
  enrolled: 'Inskriven',
};
const OUTCOME_SV: Record<string, string> = {
  not_eligible: 'Inte i målgruppen',
  closed: 'Avslutad',
  exited: 'Utskriven',
};

/** Closing and exit reasons are codes (intake's CLOSE_REASONS, EXIT_REASONS); decisions are free text. */
const REASON_SV: Record<string, Record<string, string>> = {
  closed: {
    declined: 'Vill inte delta',
    not_reachable: 'Går inte att nå',
    not_eligible: 'Kan inte tas emot',
    consent_withdrawn: 'Samtycket återkallat',
    duplicate: 'Dubblett',
    other: 'Annat',
  },
  exited: {
    moved_away: 'Har flyttat',
    deceased: 'Har avlidit',
    consent_withdrawn: 'Samtycket återkallat',
    no_longer_in_target_group: 'Tillhör inte längre målgruppen',
  },
};
const reasonSv = (outcome: string, reason: string) => REASON_SV[outcome]?.[reason] ?? reason;

/** The sections of a unit's follow-up as tables. */
export function unitSheets(f: UnitFollowUp): Sheet[] {
  const e = f.enrolment;
  return [
    {
      name: 'Inskrivna',
      head: ['Månad', 'Inskrivna', 'På väntelistan', 'Tak'],
      rows: e.months.map((m) => [m.month, m.enrolled, m.waiting, f.unit.cap]),
    },
    {
      name: 'Kommuner',
      head: ['Kommunkod', 'Kommun', 'Inskrivna vid periodens slut'],
      rows: e.byMunicipality.map((r) => [r.code, municipalityName(r.code), r.count]),
    },
    {
      name: 'Diagnoser',
      head: ['ICD-10-kategori', 'Inskrivna vid periodens slut'],
      rows: e.byDiagnosis.map((r) => [r.code, r.count]),
    },
    {
      name: 'Intag',
      head: ['Steg', 'Antal', 'Antal perioden före', 'Mätta ledtider', 'Median dagar', 'p90 dagar'],
      rows: f.intake.steps.map((s) => [
        STEP_SV[s.step] ?? s.step,
        s.count,
        s.previousCount,
        s.days.n,
        s.days.median,
        s.days.p90,
      ]),
    },
    {
      name: 'Avslut',
      head: ['Utfall', 'Skäl', 'Antal'],
      rows: f.intake.dropOuts.map((d) => [
        OUTCOME_SV[d.outcome] ?? d.outcome,
        reasonSv(d.outcome, d.reason),
        d.count,
      ]),
    },
    {
      name: 'Besök',
      head: ['Besökstyp', 'Genomförda', 'Uteblivna', 'Avbokade', 'Genomförda perioden före'],
      rows: f.visits.byType.map((v) => [
        v.visitTypeCode,
        v.completed,
        v.noShow,
        v.cancelled,
        v.previousCompleted,
      ]),
    },
    {
      name: 'Kontinuitet',
      head: ['Fast kontakt', 'Besök av patienter med fast kontakt', 'Den fasta kontakten var med'],
      rows: [
        ['Fast läkare', f.visits.continuity.withDoctorPatients, f.visits.continuity.fixedDoctorPresent],
        ['Fast sjuksköterska', f.visits.continuity.withNursePatients, f.visits.continuity.fixedNursePresent],
      ],
    },
    {
      name: 'Avbokningar',
      head: ['Skäl', 'Antal'],
      rows: f.visits.cancelReasons.map((r) => [r.reason, r.count]),
    },
    {
      name: 'Ärenden',
      head: ['Gick till', 'Antal'],
      rows: [
        ...f.contactRequests.byRoute.map((r): Cell[] => [r.routedTo, r.count]),
        ['Totalt', f.contactRequests.total],
        ['Totalt perioden före', f.contactRequests.previousTotal],
        ['Timmar till första svar, median', f.contactRequests.firstAnswerHours.median],
        ['Timmar till första svar, p90', f.contactRequests.firstAnswerHours.p90],
      ],
    },
    {
      name: 'Enkät',
      head: ['Fråga', 'Vem svarade', 'Antal svar', 'Medelvärde (1–3)'],
      rows: f.surveys.dimensions.map((d) => [d.dimension, d.answeredBy, d.n, d.mean]),
    },
  ];
}

export function regionSheets(f: RegionFollowUp): Sheet[] {
  return [
    {
      name: 'Enheter',
      head: [
        'Enhet',
        'Tak',
        'Inskrivna',
        'Väntande',
        'Anmälningar',
        'Nya inskrivna',
        'Genomförda besök',
        'Uteblivna besök',
        'Ärenden',
        'Enkätsvar',
      ],
      rows: f.units.map((u) => [
        u.name,
        u.cap,
        ...[
          u.enrolled,
          u.waiting,
          u.registrations,
          u.enrolments,
          u.completedVisits,
          u.noShows,
          u.contactRequests,
          u.surveyAnswers,
        ].map((v) => (v === '<5' ? '< 5' : v)),
      ]),
    },
  ];
}

/** An .xlsx workbook: a cover sheet with the period, then one sheet per section. */
export async function toXlsx(
  title: string,
  period: { from: string; to: string },
  sheets: Sheet[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lotsa';
  const cover = wb.addWorksheet('Om rapporten');
  cover.addRows([
    [title],
    ['Period', `${period.from} – ${period.to}`],
    ['Definitioner', 'Se docs/follow-up.md: täljare, nämnare och period för varje siffra.'],
  ]);
  cover.getRow(1).font = { bold: true, size: 14 };
  cover.getColumn(1).width = 24;
  cover.getColumn(2).width = 60;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(s.head).font = { bold: true };
    ws.addRows(s.rows);
    ws.columns.forEach((c, i) => {
      c.width = Math.max(12, Math.min(40, (s.head[i]?.length ?? 10) + 4));
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One CSV: section; column headers as a row; then its rows. Semicolons, UTF-8 with BOM (Excel reads å, ä, ö). */
export function toCsv(sheets: Sheet[]): string {
  const rows: Cell[][] = [];
  for (const s of sheets) {
    rows.push([s.name], s.head, ...s.rows, []);
  }
  return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n' })}`;
}
