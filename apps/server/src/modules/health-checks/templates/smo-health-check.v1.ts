import type { HealthCheckTemplate } from '@lotsa/contracts';
import {
  choice,
  date,
  line,
  loinc,
  note,
  number,
  RULE_OUT,
  SCREENING_STATUS,
  section,
  text,
  YES_NO_UNKNOWN,
  yesNo,
} from './build.ts';

/**
 * Lotsa's own SMO health check, version 1 (released 2026-12-07). Its content follows the public
 * sources in docs/health-check.md (NHS annual health check, CHAP's two-part idea, STOMP, VISS); the
 * wording is Lotsa's. NEVER EDIT a released version: copy it to v2 and register that.
 */
export const SMO_HEALTH_CHECK_V1: HealthCheckTemplate = {
  resourceType: 'Questionnaire',
  url: 'urn:lotsa:questionnaire:smo-health-check',
  version: 1,
  name: 'SmoHealthCheck',
  title: text('Hälsokontroll SMO', 'SMO health check'),
  status: 'active',
  date: '2026-12-07',
  item: [
    section(
      'history',
      'Bakgrund och förändringar',
      'History and recent changes',
      ['nurse'],
      [
        note(
          'history.changes',
          'Social situation och förändringar sedan förra kontrollen',
          'Social situation and changes since the last check',
        ),
        note(
          'history.specialists',
          'Kontakter med specialistvård och andra mottagningar',
          'Contacts with specialist care and other clinics',
        ),
        choice('history.daily-support', 'Räcker stödet i vardagen?', 'Is support for daily living enough?', [
          ['yes', 'Ja', 'Yes'],
          ['partly', 'Delvis', 'Partly'],
          ['no', 'Nej', 'No'],
        ]),
        note('history.carer-needs', 'Anhörigas och närståendes egna behov', 'The family carer’s own needs'),
      ],
    ),
    section(
      'measurements',
      'Mätningar',
      'Measurements',
      ['assistant_nurse', 'nurse'],
      [
        number('measurements.weight', 'Vikt', 'Body weight', {
          unit: 'kg',
          code: loinc('29463-7', 'Body weight'),
          min: 1,
          max: 400,
          warnMin: 30,
          warnMax: 200,
        }),
        number('measurements.height', 'Längd', 'Body height', {
          unit: 'cm',
          code: loinc('8302-2', 'Body height'),
          min: 40,
          max: 250,
          warnMin: 120,
          warnMax: 210,
        }),
        number('measurements.bmi', 'BMI (räknas ut)', 'BMI (computed)', {
          unit: 'kg/m2',
          code: loinc('39156-5', 'Body mass index (BMI) [Ratio]'),
          computed: 'bmi',
        }),
        number('measurements.waist', 'Midjemått', 'Waist circumference', {
          unit: 'cm',
          code: loinc('8280-0', 'Waist Circumference at umbilicus by Tape measure'),
          min: 30,
          max: 250,
          warnMin: 50,
          warnMax: 160,
        }),
        number('measurements.systolic', 'Blodtryck, övertryck', 'Systolic blood pressure', {
          unit: 'mm[Hg]',
          code: loinc('8480-6', 'Systolic blood pressure'),
          integer: true,
          min: 50,
          max: 300,
          warnMin: 90,
          warnMax: 180,
        }),
        number('measurements.diastolic', 'Blodtryck, undertryck', 'Diastolic blood pressure', {
          unit: 'mm[Hg]',
          code: loinc('8462-4', 'Diastolic blood pressure'),
          integer: true,
          min: 20,
          max: 200,
          warnMin: 50,
          warnMax: 110,
        }),
        number('measurements.pulse', 'Puls', 'Heart rate', {
          unit: '/min',
          code: loinc('8867-4', 'Heart rate'),
          integer: true,
          min: 20,
          max: 250,
          warnMin: 45,
          warnMax: 120,
        }),
        number('measurements.spo2', 'Syremättnad (vid behov)', 'Oxygen saturation (where relevant)', {
          unit: '%',
          code: loinc('59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry'),
          integer: true,
          min: 50,
          max: 100,
          warnMin: 92,
        }),
      ],
    ),
    section(
      'bloods',
      'Prover',
      'Blood tests',
      ['nurse'],
      [
        yesNo(
          'bloods.taken-week-before',
          'Prover tagna minst en vecka före',
          'Blood tests taken at least a week before',
        ),
        number('bloods.tsh', 'TSH', 'TSH', {
          unit: 'm[IU]/L',
          code: loinc('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma'),
          min: 0,
          max: 200,
          warnMin: 0.3,
          warnMax: 4.5,
        }),
        number('bloods.hba1c', 'HbA1c', 'HbA1c', {
          unit: 'mmol/mol',
          code: loinc('59261-8', 'Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol'),
          min: 10,
          max: 200,
          warnMax: 47,
        }),
        note('bloods.other', 'Andra prover och svar', 'Other tests and results'),
      ],
    ),
    section(
      'vision',
      'Syn',
      'Vision',
      ['nurse'],
      [
        date('vision.last-exam', 'Senaste synundersökning', 'Last eye examination', {
          olderThan: {
            years: 5,
            prompt: text(
              'Ingen synundersökning på fem år: remiss till optiker eller ögonklinik?',
              'No eye examination in five years: refer to an optician or eye clinic?',
            ),
          },
        }),
        yesNo('vision.glasses', 'Använder glasögon', 'Wears glasses'),
        note('vision.concerns', 'Tecken på synproblem', 'Signs of vision problems'),
      ],
    ),
    section(
      'hearing',
      'Hörsel och öron',
      'Hearing and ears',
      ['nurse'],
      [
        date('hearing.last-audiometry', 'Senaste hörselundersökning', 'Last hearing test', {
          olderThan: {
            years: 5,
            prompt: text(
              'Ingen hörselundersökning på fem år: remiss för audiometri?',
              'No hearing test in five years: refer for audiometry?',
            ),
          },
        }),
        choice('hearing.wax', 'Öronvax', 'Ear wax', [
          ['none', 'Inget', 'None'],
          ['some', 'Lite', 'Some'],
          ['blocking', 'Tilltäppt', 'Blocking'],
        ]),
        yesNo('hearing.aids', 'Använder hörapparat', 'Uses hearing aids'),
      ],
    ),
    section(
      'teeth',
      'Tänder och mun',
      'Teeth and mouth',
      ['nurse'],
      [
        date('teeth.last-dentist', 'Senaste tandläkarbesök', 'Last dental visit', {
          olderThan: {
            years: 1,
            prompt: text(
              'Inget tandläkarbesök på ett år: kontakta tandvården?',
              'No dental visit in a year: contact dental care?',
            ),
          },
        }),
        note('teeth.problems', 'Smärta, blödning, munhygien', 'Pain, bleeding, oral hygiene'),
      ],
    ),
    section(
      'skin-feet',
      'Hud och fötter',
      'Skin and feet',
      ['nurse'],
      [
        yesNo('skin-feet.pressure-sores', 'Trycksår', 'Pressure sores'),
        note('skin-feet.findings', 'Fynd på hud och fötter', 'Findings on skin and feet'),
      ],
    ),
    section(
      'bowel-bladder',
      'Mage, tarm och blåsa',
      'Bowel and bladder',
      ['nurse'],
      [
        choice('bowel-bladder.constipation', 'Förstoppning', 'Constipation', YES_NO_UNKNOWN),
        number('bowel-bladder.per-week', 'Tarmtömningar per vecka', 'Bowel movements per week', {
          integer: true,
          min: 0,
          max: 70,
          warnMin: 3,
        }),
        yesNo('bowel-bladder.laxatives', 'Tar laxermedel', 'Takes laxatives'),
        choice('bowel-bladder.incontinence', 'Inkontinens', 'Incontinence', YES_NO_UNKNOWN),
      ],
    ),
    section(
      'swallowing',
      'Sväljning och nutrition',
      'Swallowing and nutrition',
      ['nurse'],
      [
        yesNo(
          'swallowing.difficulty',
          'Svårt att svälja, hostar eller sätter i halsen vid måltid',
          'Difficulty swallowing, coughing or choking at meals',
        ),
        choice(
          'swallowing.weight-change',
          'Viktförändring sedan förra året',
          'Weight change since last year',
          [
            ['stable', 'Stabil', 'Stable'],
            ['loss', 'Minskat', 'Lost weight'],
            ['gain', 'Ökat', 'Gained weight'],
          ],
        ),
        note('swallowing.diet', 'Kostanpassning', 'Diet adaptations'),
      ],
    ),
    section(
      'epilepsy',
      'Epilepsi och anfall',
      'Epilepsy and seizures',
      ['doctor'],
      [
        yesNo('epilepsy.seizures', 'Har anfall', 'Has seizures'),
        line('epilepsy.frequency', 'Hur ofta', 'How often', {
          enableWhen: { linkId: 'epilepsy.seizures', answer: true },
        }),
        yesNo(
          'epilepsy.rescue-plan',
          'Anfallsplan med akutläkemedel finns',
          'Seizure plan with rescue medication in place',
          { enableWhen: { linkId: 'epilepsy.seizures', answer: true } },
        ),
        date('epilepsy.plan-reviewed', 'Anfallsplanen sågs över', 'Seizure plan reviewed', {
          enableWhen: { linkId: 'epilepsy.seizures', answer: true },
          olderThan: {
            years: 1,
            prompt: text(
              'Anfallsplanen är äldre än ett år: se över den och personalens utbildning.',
              'The seizure plan is over a year old: review it and the carers’ training.',
            ),
          },
        }),
      ],
    ),
    section(
      'pain',
      'Smärta',
      'Pain',
      ['nurse'],
      [
        note(
          'pain.how-shown',
          'Hur personen visar smärta (se anpassningsprofilen)',
          'How the person shows pain (see the adaptation profile)',
        ),
        choice('pain.now', 'Tecken på smärta nu', 'Signs of pain now', YES_NO_UNKNOWN),
      ],
    ),
    section(
      'behaviour',
      'Stämningsläge, beteende och sömn',
      'Mood, behaviour and sleep',
      ['doctor', 'nurse'],
      [
        yesNo('behaviour.change', 'Förändrat beteende eller stämningsläge', 'Change in behaviour or mood'),
        note('behaviour.description', 'Vad har förändrats och när', 'What changed, and when', {
          enableWhen: { linkId: 'behaviour.change', answer: true },
        }),
        choice('behaviour.rule-out-pain', 'Smärta som orsak', 'Pain as the cause', RULE_OUT, {
          enableWhen: { linkId: 'behaviour.change', answer: true },
        }),
        choice(
          'behaviour.rule-out-constipation',
          'Förstoppning som orsak',
          'Constipation as the cause',
          RULE_OUT,
          { enableWhen: { linkId: 'behaviour.change', answer: true } },
        ),
        choice(
          'behaviour.rule-out-ears-teeth',
          'Öron eller tänder som orsak',
          'Ears or teeth as the cause',
          RULE_OUT,
          { enableWhen: { linkId: 'behaviour.change', answer: true } },
        ),
        choice('behaviour.rule-out-thyroid', 'Sköldkörteln som orsak', 'Thyroid as the cause', RULE_OUT, {
          enableWhen: { linkId: 'behaviour.change', answer: true },
        }),
        choice(
          'behaviour.rule-out-medication',
          'Läkemedelsbiverkan som orsak',
          'Medication side effects as the cause',
          RULE_OUT,
          { enableWhen: { linkId: 'behaviour.change', answer: true } },
        ),
        choice('behaviour.sleep', 'Sömn', 'Sleep', [
          ['good', 'Bra', 'Good'],
          ['problems', 'Problem', 'Problems'],
          ['snoring-apnoea', 'Snarkning eller andningsuppehåll', 'Snoring or pauses in breathing'],
        ]),
      ],
    ),
    section(
      'mobility',
      'Rörlighet, fall och skelett',
      'Mobility, falls and bone health',
      ['nurse'],
      [
        number('mobility.falls', 'Fall senaste året', 'Falls in the last year', {
          integer: true,
          min: 0,
          max: 365,
          warnMax: 1,
        }),
        yesNo('mobility.fracture', 'Frakturer tidigare', 'Previous fractures'),
        line('mobility.aids', 'Hjälpmedel', 'Mobility aids'),
      ],
    ),
    section(
      'cardiovascular',
      'Hjärta och kärl',
      'Heart and vascular risk',
      ['doctor'],
      [
        choice('cardiovascular.smoking', 'Rökning', 'Smoking', [
          ['never', 'Aldrig', 'Never'],
          ['former', 'Tidigare', 'Former'],
          ['current', 'Röker', 'Current'],
        ]),
        note('cardiovascular.risk', 'Bedömning av hjärt-kärlrisk', 'Cardiovascular risk assessment'),
      ],
    ),
    section(
      'screening',
      'Screeningprogram',
      'Screening programmes',
      ['nurse'],
      [
        choice('screening.cervical', 'Cellprovtagning', 'Cervical screening', SCREENING_STATUS),
        choice('screening.breast', 'Mammografi', 'Breast screening', SCREENING_STATUS),
        choice('screening.bowel', 'Tarmcancerscreening', 'Bowel cancer screening', SCREENING_STATUS),
        choice(
          'screening.aaa',
          'Bukaortaaneurysm (män 65 år)',
          'Abdominal aortic aneurysm (men at 65)',
          SCREENING_STATUS,
        ),
      ],
    ),
    section(
      'vaccinations',
      'Vaccinationer',
      'Vaccinations',
      ['nurse'],
      [
        yesNo('vaccinations.influenza', 'Influensa denna säsong', 'Influenza this season'),
        yesNo('vaccinations.pneumococcal', 'Pneumokocker', 'Pneumococcal'),
        date('vaccinations.tetanus', 'Senaste stelkrampsvaccination', 'Last tetanus vaccination', {
          olderThan: {
            years: 20,
            prompt: text(
              'Ingen stelkrampsdos på 20 år: erbjud påfyllnad.',
              'No tetanus dose in 20 years: offer a booster.',
            ),
          },
        }),
        yesNo('vaccinations.covid', 'Covid-19 enligt rekommendation', 'Covid-19 as recommended'),
      ],
    ),
    section(
      'lifestyle',
      'Levnadsvanor',
      'Lifestyle',
      ['nurse'],
      [
        note('lifestyle.activity', 'Fysisk aktivitet', 'Physical activity'),
        choice('lifestyle.alcohol', 'Alkohol', 'Alcohol', [
          ['none', 'Ingen', 'None'],
          ['low', 'Lite', 'Low'],
          ['risk', 'Riskbruk', 'Hazardous use'],
        ]),
        note('lifestyle.diet', 'Matvanor', 'Diet'),
      ],
    ),
    section(
      'medication',
      'Läkemedelsgenomgång',
      'Medication review',
      ['doctor'],
      [
        {
          linkId: 'medication.list',
          type: 'rows',
          text: text(
            'Aktuella läkemedel, även receptfria och från andra förskrivare',
            'Current medicines, including over-the-counter and other prescribers’',
          ),
          columns: [
            line('name', 'Läkemedel', 'Medicine'),
            line('indication', 'Indikation', 'Indication'),
            line('dose', 'Dos', 'Dose'),
            yesNo('not-taken', 'Tas inte', 'Not taken'),
            yesNo('psychotropic', 'Psykofarmaka', 'Psychotropic', { stomp: true }),
            choice('stomp-plan', 'STOMP: indikation? minska?', 'STOMP: indication? reduce?', [
              ['continue', 'Fortsätt, indikation finns', 'Continue, indication confirmed'],
              ['reduce', 'Minska', 'Reduce'],
              ['stop', 'Sätt ut', 'Stop'],
              ['refer', 'Bedöms av specialist', 'Specialist review'],
            ]),
          ],
        },
        note('medication.side-effects', 'Biverkningar och interaktioner', 'Side effects and interactions'),
        note('medication.carer-advice', 'Råd till personal och anhöriga', 'Advice to carers'),
      ],
    ),
    section(
      'capacity',
      'Beslutsförmåga och stöd',
      'Capacity and supported decisions',
      ['doctor'],
      [
        note(
          'capacity.support',
          'Hur personen får stöd att fatta beslut',
          'How the person is supported to make decisions',
        ),
      ],
    ),
    // Diagnosis modules: attached when the patient has one of the codes.
    section(
      'down-syndrome',
      'Downs syndrom',
      'Down syndrome',
      ['doctor'],
      [
        yesNo('down-syndrome.tsh', 'TSH taget i år', 'TSH taken this year'),
        choice(
          'down-syndrome.eyes',
          'Katarakt, keratokonus, blefarit',
          'Cataract, keratoconus, blepharitis',
          YES_NO_UNKNOWN,
        ),
        choice(
          'down-syndrome.dementia',
          'Tecken på demens (från 30–40 år)',
          'Signs of dementia (from 30–40)',
          YES_NO_UNKNOWN,
        ),
        yesNo(
          'down-syndrome.cervical-spine',
          'Besvär från halsryggen (inför narkos)',
          'Cervical spine symptoms (before anaesthesia)',
        ),
        yesNo('down-syndrome.coeliac', 'Symtom på celiaki', 'Symptoms of coeliac disease'),
        yesNo('down-syndrome.heart', 'Hjärtbesvär, blåsljud', 'Heart symptoms, murmur'),
        yesNo('down-syndrome.sleep-apnoea', 'Tecken på sömnapné', 'Signs of sleep apnoea'),
      ],
      ['Q90'],
    ),
    section(
      'cerebral-palsy',
      'Cerebral pares',
      'Cerebral palsy',
      ['doctor'],
      [
        choice('cerebral-palsy.hips', 'Höfter', 'Hips', [
          ['ok', 'Utan anmärkning', 'No concern'],
          ['pain', 'Smärta', 'Pain'],
          ['follow-up', 'Röntgen eller ortoped', 'X-ray or orthopaedics'],
        ]),
        choice('cerebral-palsy.spasticity', 'Spasticitet sedan förra året', 'Spasticity since last year', [
          ['stable', 'Oförändrad', 'Unchanged'],
          [
            'worse',
            'Ökad – sök orsak (blåsa, tarm, smärta, läkemedel)',
            'Worse – look for a cause (bladder, bowel, pain, medicines)',
          ],
        ]),
        yesNo('cerebral-palsy.fracture-risk', 'Ökad frakturrisk', 'Increased fracture risk'),
      ],
      ['G80'],
    ),
    section(
      'spina-bifida',
      'Ryggmärgsbråck',
      'Spina bifida',
      ['doctor'],
      [
        yesNo('spina-bifida.shunt', 'Tecken på shuntproblem', 'Signs of shunt problems'),
        note('spina-bifida.bladder-bowel', 'Blås- och tarmregim', 'Bladder and bowel routine'),
        yesNo('spina-bifida.latex', 'Latexallergi noterad', 'Latex allergy recorded'),
      ],
      ['Q05'],
    ),
    section(
      'seizure-plan',
      'Epilepsi: anfallsplan',
      'Epilepsy: seizure plan',
      ['doctor'],
      [
        yesNo(
          'seizure-plan.carers-trained',
          'Personalen utbildad i akutläkemedel',
          'Carers trained in rescue medication',
        ),
        date('seizure-plan.last-neurology', 'Senaste neurologbedömning', 'Last neurology review'),
      ],
      ['G40'],
    ),
    section(
      'autism',
      'Autism',
      'Autism',
      ['doctor'],
      [
        note('autism.sensory', 'Sensoriska behov vid besök', 'Sensory needs at visits'),
        choice('autism.anxiety', 'Oro eller ångest', 'Anxiety', YES_NO_UNKNOWN),
      ],
      ['F84'],
    ),
    section(
      'fragile-x',
      'Fragilt X',
      'Fragile X',
      ['doctor'],
      [
        yesNo('fragile-x.mitral', 'Blåsljud (mitralisprolaps)', 'Murmur (mitral valve prolapse)'),
        yesNo('fragile-x.hypermobility', 'Överrörlighet', 'Hypermobility'),
      ],
      ['Q99.2'],
    ),
    section(
      'prader-willi',
      'Prader–Willis syndrom',
      'Prader–Willi syndrome',
      ['doctor'],
      [
        note(
          'prader-willi.hyperphagia',
          'Hyperfagi och hur maten begränsas',
          'Hyperphagia and how food is managed',
        ),
        yesNo('prader-willi.diabetes', 'Diabetes kontrollerad', 'Diabetes checked'),
        yesNo('prader-willi.scoliosis', 'Skolios', 'Scoliosis'),
        yesNo(
          'prader-willi.adrenal-plan',
          'Plan för binjurebarksvikt vid akut sjukdom',
          'Plan for adrenal insufficiency in acute illness',
        ),
      ],
      ['Q87.1'],
    ),
    section(
      'findings',
      'Fynd och bedömning',
      'Findings and assessment',
      ['doctor'],
      [
        choice('findings.outcome', 'Utfall', 'Outcome', [
          ['fit-and-well', 'Frisk, nästa kontroll om ett år', 'Fit and well, next check in a year'],
          ['needs-found', 'Behov hittade, med åtgärder', 'Needs found, with actions'],
        ]),
        {
          linkId: 'findings.list',
          type: 'rows',
          text: text('Fynd', 'Findings'),
          columns: [line('finding', 'Fynd', 'Finding'), line('area', 'Område', 'Area')],
        },
      ],
    ),
  ],
};
