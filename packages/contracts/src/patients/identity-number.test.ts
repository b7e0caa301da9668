// Identity numbers: hand-written examples for every format and problem, and property tests with the `personnummer`
// npm package as an independent oracle.
import fc from 'fast-check';
import Personnummer from 'personnummer';
import { describe, expect, it } from 'vitest';
import { issueCode, renderAnyMessage } from '../messages/index.ts';
import {
  type IdentityProblem,
  luhnCheckDigit,
  makeTestIdentityNumber,
  parseIdentityNumber,
  ZIdentityNumber,
} from './identity-number.ts';

/** Stockholm date 2025-06-15. */
const TODAY = new Date('2025-06-15T10:00:00Z');
const at = { today: TODAY };

const PROBLEMS: readonly IdentityProblem[] = [
  'empty',
  'format',
  'month',
  'day',
  'century',
  'future',
  'checksum',
  'reserve_format',
];

function problemOf(input: string, opts = at): IdentityProblem | 'ok' {
  const result = parseIdentityNumber(input, opts);
  return result.ok ? 'ok' : result.problem;
}

function expectOk(input: string, opts = at) {
  const result = parseIdentityNumber(input, opts);
  if (!result.ok)
    throw new Error(`expected ${input} to be valid, got ${result.problem}: ${result.message.en}`);
  return result;
}

function expectProblem(input: string, problem: IdentityProblem, opts = at) {
  const result = parseIdentityNumber(input, opts);
  if (result.ok) throw new Error(`expected ${input} to fail with ${problem}, got ok ${result.normalized}`);
  expect(result.problem).toBe(problem);
  return result.message;
}

// Independent reference: the textbook Luhn validity test over all ten digits (double every second digit from the
// right, the sum of digits must end in 0). Deliberately not written like luhnCheckDigit.
function luhnValid(tenDigits: string): boolean {
  const sum = [...tenDigits]
    .reverse()
    .map((ch, i) => (i % 2 === 1 ? Number(ch) * 2 : Number(ch)))
    .map((n) => Math.floor(n / 10) + (n % 10))
    .reduce((a, b) => a + b, 0);
  return sum % 10 === 0;
}

function referenceCheckDigit(nineDigits: string): number {
  const digit = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((c) => luhnValid(`${nineDigits}${c}`));
  if (digit === undefined) throw new Error('unreachable: some digit always completes a Luhn number');
  return digit;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** 12-digit number for an ISO date; the check digit defaults to the correct one. */
function build(iso: string, serial: number, samordning: boolean, check?: number): string {
  const day = pad(Number(iso.slice(8, 10)) + (samordning ? 60 : 0), 2);
  const nine = `${iso.slice(2, 4)}${iso.slice(5, 7)}${day}${pad(serial, 3)}`;
  return `${iso.slice(0, 2)}${nine}${check ?? referenceCheckDigit(nine)}`;
}

const DAY_MS = 86_400_000;
/** ISO dates (UTC calendar) between min and max inclusive. */
function isoDateBetween(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .integer({ min: Date.parse(min) / DAY_MS, max: Date.parse(max) / DAY_MS })
    .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
}

const birthDateArb = isoDateBetween('1900-01-01', '2025-06-15');
const serialArb = fc.integer({ min: 1, max: 999 });

describe('luhnCheckDigit', () => {
  it('computes the published examples', () => {
    expect(luhnCheckDigit('121212121')).toBe(2); // 121212-1212
    expect(luhnCheckDigit('640823323')).toBe(4); // 640823-3234, Skatteverket's worked example
    expect(luhnCheckDigit('123456789')).toBe(7);
  });

  it('throws unless given exactly nine digits', () => {
    for (const bad of ['', '12345678', '1234567890', '12345678a', '１２３４５６７８９']) {
      expect(() => luhnCheckDigit(bad)).toThrow(RangeError);
    }
  });

  it('agrees with an independent Luhn implementation', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (nine) => {
        expect(luhnCheckDigit(nine)).toBe(referenceCheckDigit(nine));
      }),
    );
  });
});

describe('parseIdentityNumber: accepted formats', () => {
  it('parses the well-known 19121212-1212', () => {
    expect(parseIdentityNumber('19121212-1212', at)).toEqual({
      ok: true,
      kind: 'personnummer',
      normalized: '191212121212',
      display: '19121212-1212',
      birthDate: '1912-12-12',
      sex: 'male',
    });
  });

  it.each([
    ['191212121212', at],
    ['19121212-1212', at],
    ['  19121212-1212\t', at],
    ['121212+1212', at],
    ['19121212–1212', at], // en dash pasted from a document
  ])('%j normalizes to 191212121212', (input, opts) => {
    expect(expectOk(input, opts).normalized).toBe('191212121212');
  });

  it.each([['121212-1212'], ['1212121212']])('%j without century is under 100: 2012', (input) => {
    const result = expectOk(input);
    expect(result.normalized).toBe('201212121212');
    expect(result.birthDate).toBe('2012-12-12');
  });

  it('takes the century from the Stockholm calendar date, not UTC', () => {
    // 22:30 UTC on 14 June is already 15 June in Sweden.
    expect(problemOf('20250615-1238', { today: new Date('2025-06-14T22:30:00Z') })).toBe('ok');
    expect(problemOf('20250615-1238', { today: new Date('2025-06-14T21:30:00Z') })).toBe('future');
  });

  it('uses the current date when no today is given', () => {
    expect(parseIdentityNumber('19121212-1212').ok).toBe(true);
    expect(parseIdentityNumber('20990101-1234').ok).toBe(false);
  });

  it('reads sex from the second-to-last digit', () => {
    expect(expectOk('19640823-3234').sex).toBe('male');
    // Serial 980 (even) → female.
    expect(expectOk('19121212-9801').sex).toBe('female');
  });
});

describe("parseIdentityNumber: '-' and '+' in the 10-digit form", () => {
  // TODAY is 2025-06-15.
  it("'-' means under 100: the most recent century whose date is not in the future", () => {
    expect(expectOk('250101-1239').birthDate).toBe('2025-01-01');
    expect(expectOk('250615-1238').birthDate).toBe('2025-06-15');
    expect(expectOk('250616-1237').birthDate).toBe('1925-06-16'); // 2025-06-16 would be tomorrow
    expect(expectOk('251231-1230').birthDate).toBe('1925-12-31');
    expect(expectOk('260101-1238').birthDate).toBe('1926-01-01');
  });

  it("'+' means the person turns 100 this year or has done so", () => {
    expect(expectOk('250101+1239').birthDate).toBe('1925-01-01');
    expect(expectOk('251231+1230').birthDate).toBe('1925-12-31'); // turns 100 later this year
    expect(expectOk('260101+1238').birthDate).toBe('1826-01-01');
    expect(expectOk('121212+1212').birthDate).toBe('1912-12-12');
  });

  it('resolves the century before checking leap days', () => {
    expect(expectOk('000229-1235').birthDate).toBe('2000-02-29');
    expect(expectProblem('000229+1235', 'day').sv).toContain('1900');
    // With "today" before 2000-02-29, the '-' form must be 1900, which had no 29 February.
    expect(problemOf('000229-1235', { today: new Date('2000-02-28T12:00:00Z') })).toBe('day');
  });
});

describe('parseIdentityNumber: samordningsnummer', () => {
  it('subtracts 60 from the day: 19121272-1219', () => {
    expect(luhnCheckDigit('121272121')).toBe(9);
    expect(parseIdentityNumber('19121272-1219', at)).toEqual({
      ok: true,
      kind: 'samordningsnummer',
      normalized: '191212721219',
      display: '19121272-1219',
      birthDate: '1912-12-12',
      sex: 'male',
    });
    expect(Personnummer.valid('191212721219')).toBe(true);
  });

  it('accepts days 61 and 91 when the real date exists', () => {
    expect(expectOk(build('1990-01-01', 123, true)).birthDate).toBe('1990-01-01');
    expect(expectOk(build('1990-01-31', 123, true)).birthDate).toBe('1990-01-31');
  });

  it('rejects a samordningsnummer whose real date does not exist', () => {
    const message = expectProblem('19120291-1234', 'day');
    expect(message.sv).toContain('Det finns ingen dag 31 i februari');
    expect(message.sv).toContain('91 minus 60');
    expect(message.en).toContain('There is no day 31 in February');
  });
});

describe('parseIdentityNumber: reservnummer', () => {
  it('accepts the Stockholm form: 99 + ten Luhn-valid digits', () => {
    expect(parseIdentityNumber('991234567897', at)).toEqual({
      ok: true,
      kind: 'reservnummer',
      normalized: '991234567897',
      display: '99123456-7897',
      birthDate: null,
      sex: null,
    });
    expect(expectOk('99123456-7897').normalized).toBe('991234567897');
  });

  it('rejects a Stockholm form with a wrong check digit, naming the right one', () => {
    expect(expectProblem('991234567890', 'checksum').sv).toContain('borde vara 7');
  });

  it('accepts the Skåne form: a date and four characters with a letter, uppercased without dash', () => {
    const expected = {
      ok: true,
      kind: 'reservnummer',
      normalized: '19121212AB12',
      display: '19121212-AB12',
      birthDate: '1912-12-12',
      sex: null,
    };
    expect(parseIdentityNumber('19121212-AB12', at)).toEqual(expected);
    expect(parseIdentityNumber('19121212ab12', at)).toEqual(expected);
    expect(expectOk('20240229-X001').birthDate).toBe('2024-02-29');
  });

  it('checks the date of a Skåne form', () => {
    expect(problemOf('19120431-AB12')).toBe('day');
    expect(problemOf('19121312-AB12')).toBe('month');
    expect(problemOf('19121272-AB12')).toBe('day'); // no samordning days in a reservnummer
    expect(problemOf('17121212-AB12')).toBe('century');
    expect(problemOf('20300101-AB12')).toBe('future');
  });

  it.each([['19121212-ABCDE'], ['abc'], ['19121212-1212x'], ['ÅÄÖ'], ['1912121X-1212']])(
    '%j has letters but is no reservnummer',
    (input) => {
      const message = expectProblem(input, 'reserve_format');
      expect(message.sv).toContain('ÅÅÅÅMMDD-XXXX');
      expect(message.en).toContain('YYYYMMDD-XXXX');
    },
  );
});

describe('parseIdentityNumber: problems', () => {
  it.each([[''], ['   '], ['\n\t']])('%j is empty', (input) => {
    expect(expectProblem(input, 'empty')).toEqual({
      sv: 'Skriv ett personnummer, samordningsnummer eller reservnummer.',
      en: 'Enter a personal identity number, coordination number or reserve number.',
    });
  });

  it.each([
    ['1212'],
    ['1912121-1212'],
    ['19121212--1212'],
    ['19121212/1212'],
    ['191212-12-12'],
    ['+'],
    ['-'],
  ])('%j has the wrong format', (input) => {
    const message = expectProblem(input, 'format');
    expect(message.sv).toContain('Skriv numret som ÅÅÅÅMMDD-NNNN, till exempel 19121212-1212.');
    expect(message.en).toContain('Write the number as YYYYMMDD-NNNN, for example 19121212-1212.');
  });

  it('says how many digits were typed', () => {
    expect(expectProblem('19121212-121', 'format').sv).toContain('11 siffror');
  });

  it("rejects '+' in the 12-digit form", () => {
    expect(expectProblem('19121212+1212', 'format').sv).toContain('Plustecken');
  });

  it('rejects birth number 000, like the oracle', () => {
    // 121212000 has check digit 8, so only the birth number is wrong.
    expect(expectProblem('19121212-0008', 'format').sv).toContain('000');
    expect(Personnummer.valid('191212120008')).toBe(false);
  });

  it.each([['21121212-1212'], ['17121212-1212'], ['00121212-1212'], ['23121212-1212']])(
    '%j has an impossible century',
    (input) => {
      expect(problemOf(input)).toBe('century');
    },
  );

  it('names the century', () => {
    expect(expectProblem('21121212-1212', 'century').sv).toContain('21');
  });

  it.each([
    ['19121312-1234', '13'],
    ['19120012-1234', '00'],
    ['121312-1234', '13'],
  ])('%j has a bad month', (input, month) => {
    const message = expectProblem(input, 'month');
    expect(message.sv).toContain(`Månaden i numret är ${month}`);
    expect(message.en).toContain(`The month in the number is ${month}`);
  });

  it('names the missing day and month', () => {
    expect(expectProblem('19120431-1234', 'day')).toEqual({
      sv: 'Det finns ingen dag 31 i april.',
      en: 'There is no day 31 in April.',
    });
    expect(expectProblem('19230229-1234', 'day').sv).toContain('29 februari år 1923');
  });

  it('accepts 2000-02-29 but not 1900-02-29', () => {
    expect(expectOk('20000229-1235').birthDate).toBe('2000-02-29');
    expect(Personnummer.valid('200002291235')).toBe(true);
    const message = expectProblem('19000229-1235', 'day');
    expect(message.sv).toBe('Det finns ingen 29 februari år 1900, eftersom 1900 inte är ett skottår.');
    expect(message.en).toBe('There is no 29 February in 1900, because 1900 is not a leap year.');
  });

  it.each([['19121200-1234'], ['19121232-1234'], ['19121260-1234'], ['19121292-1234']])(
    '%j has a day outside 01–31 and 61–91',
    (input) => {
      expect(expectProblem(input, 'day').sv).toContain('01–31');
    },
  );

  it('rejects future dates', () => {
    expect(expectProblem('20300101-1232', 'future').sv).toBe(
      'Födelsedatumet 2030-01-01 ligger i framtiden. Kontrollera år och århundrade.',
    );
    expect(problemOf('20250616-1237')).toBe('future');
    expect(problemOf('20250615-1238')).toBe('ok');
  });

  it('names the expected check digit', () => {
    expect(expectProblem('640823-3231', 'checksum')).toEqual({
      sv: 'Kontrollsiffran stämmer inte: sista siffran borde vara 4. Kontrollera att numret är rätt inskrivet.',
      en: 'The check digit does not match: the last digit should be 4. Check that the number was typed correctly.',
    });
    expect(expectProblem('19121212-1213', 'checksum').en).toContain('should be 2');
  });

  it('reports date problems before the check digit', () => {
    expect(problemOf('19121312-0000')).toBe('month');
  });
});

describe('makeTestIdentityNumber', () => {
  it('builds numbers in the test series', () => {
    expect(makeTestIdentityNumber('1912-12-12', 980)).toBe('191212129801');
    expect(makeTestIdentityNumber('1912-12-12', 980, { samordning: true })).toBe('191212729808');
    expect(makeTestIdentityNumber('2000-02-29', 999)).toBe('200002299998');
    for (const n of ['191212129801', '191212729808', '200002299998'])
      expect(Personnummer.valid(n)).toBe(true);
  });

  it.each([[979], [1000], [0], [980.5], [Number.NaN], [-990]])('throws for serial %s', (serial) => {
    expect(() => makeTestIdentityNumber('1990-01-01', serial)).toThrow(RangeError);
  });

  it.each([
    ['1900-02-29'],
    ['2023-13-01'],
    ['2023-04-31'],
    ['2023-00-10'],
    ['19900101'],
    ['not a date'],
    ['2100-01-01'],
  ])('throws for birth date %j', (birthDate) => {
    expect(() => makeTestIdentityNumber(birthDate, 990)).toThrow(RangeError);
  });
});

describe('ZIdentityNumber', () => {
  it('trims and normalizes', () => {
    expect(ZIdentityNumber.parse('  19121212-1212 ')).toBe('191212121212');
    expect(ZIdentityNumber.parse('19121212-ab12')).toBe('19121212AB12');
  });

  it('uses the Swedish and English messages (the issue carries their code and params)', () => {
    const result = ZIdentityNumber.safeParse('19121212-1213');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    const checksum = issueCode(result.error!.issues[0]!);
    expect(checksum).toMatchObject({ code: 'identity_checksum', params: { expected: 2 } });
    expect(renderAnyMessage('sv', checksum.code, checksum.params)).toBe(
      'Kontrollsiffran stämmer inte: sista siffran borde vara 2. Kontrollera att numret är rätt inskrivet.',
    );
    expect(renderAnyMessage('en', checksum.code, checksum.params)).toBe(
      'The check digit does not match: the last digit should be 2. Check that the number was typed correctly.',
    );
    const empty = issueCode(ZIdentityNumber.safeParse('   ').error!.issues[0]!);
    expect(renderAnyMessage('sv', empty.code, empty.params)).toBe(
      'Skriv ett personnummer, samordningsnummer eller reservnummer.',
    );
    expect(renderAnyMessage('en', empty.code, empty.params)).toBe(
      'Enter a personal identity number, coordination number or reserve number.',
    );
  });

  it('rejects missing values with the empty message and other types with an issue', () => {
    const missing = issueCode(ZIdentityNumber.safeParse(undefined).error!.issues[0]!);
    expect(renderAnyMessage('sv', missing.code, missing.params)).toContain('Skriv ett personnummer');
    expect(ZIdentityNumber.safeParse(191212121212).success).toBe(false);
  });
});

describe('properties', () => {
  it('(1) a correctly built number parses with the same date and agrees with the personnummer package', () => {
    fc.assert(
      fc.property(birthDateArb, serialArb, fc.boolean(), (iso, serial, samordning) => {
        const number = build(iso, serial, samordning);
        const result = expectOk(number);
        expect(result.birthDate).toBe(iso);
        expect(result.normalized).toBe(number);
        expect(result.kind).toBe(samordning ? 'samordningsnummer' : 'personnummer');
        expect(result.sex).toBe(serial % 2 === 1 ? 'male' : 'female');

        expect(Personnummer.valid(number)).toBe(true);
        const oracle = Personnummer.parse(number);
        expect(oracle.isMale()).toBe(result.sex === 'male');
        expect(oracle.isCoordinationNumber()).toBe(samordning);
        expect(oracle.format(true)).toBe(result.normalized);
      }),
      { numRuns: 500 },
    );
  });

  it('(1) with any check digit, validity agrees with the personnummer package', () => {
    fc.assert(
      fc.property(
        birthDateArb,
        serialArb,
        fc.boolean(),
        fc.integer({ min: 0, max: 9 }),
        (iso, serial, samordning, check) => {
          const number = build(iso, serial, samordning, check);
          expect(parseIdentityNumber(number, at).ok).toBe(Personnummer.valid(number));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('(1) on near-miss digit strings, validity agrees with the personnummer package', () => {
    // Months 00–13 and days 00–39/60–99 exercise the month and day rules; the oracle has no future check.
    const nearMiss = fc.stringMatching(/^(19|20)[0-9]{2}(0[0-9]|1[0-3])([0-3][0-9]|[6-9][0-9])[0-9]{4}$/);
    fc.assert(
      fc.property(nearMiss, (number) => {
        const result = parseIdentityNumber(number, at);
        const oracleValid = Personnummer.valid(number);
        if (result.ok) expect(oracleValid).toBe(true);
        else if (result.problem !== 'future') expect(oracleValid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('(2) changing any single digit after the century makes the number invalid', () => {
    fc.assert(
      fc.property(
        birthDateArb,
        serialArb,
        fc.boolean(),
        fc.integer({ min: 2, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (iso, serial, samordning, position, delta) => {
          const number = build(iso, serial, samordning);
          const changed = (Number(number[position]) + delta) % 10;
          const mutated = `${number.slice(0, position)}${changed}${number.slice(position + 1)}`;
          expect(mutated).not.toBe(number);
          expect(parseIdentityNumber(mutated, at).ok).toBe(false);
          expect(parseIdentityNumber(`${mutated.slice(0, 8)}-${mutated.slice(8)}`, at).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('(3) never throws, and always returns a valid result or a problem with both messages', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.stringMatching(/^[0-9+\- ]{0,15}$/),
      fc.stringMatching(/^\s*[0-9]{6,8}[-+]?[0-9A-Za-z]{3,5}\s*$/),
      fc.stringMatching(/^99[0-9]{6}-?[0-9]{4}$/),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = parseIdentityNumber(input, at);
        if (result.ok) {
          expect(result.normalized).toMatch(/^([0-9]{12}|[0-9]{8}[A-Z0-9]{4})$/);
          expect(result.display).toBe(`${result.normalized.slice(0, 8)}-${result.normalized.slice(8)}`);
          // Parsing the normalized or display form again gives the same result.
          expect(parseIdentityNumber(result.normalized, at)).toEqual(result);
          expect(parseIdentityNumber(result.display, at)).toEqual(result);
        } else {
          expect(PROBLEMS).toContain(result.problem);
          expect(result.message.sv.trim()).not.toBe('');
          expect(result.message.en.trim()).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('(4) makeTestIdentityNumber always parses and uses birth numbers 980–999', () => {
    fc.assert(
      fc.property(
        birthDateArb,
        fc.integer({ min: 980, max: 999 }),
        fc.boolean(),
        (iso, serial, samordning) => {
          const number = makeTestIdentityNumber(iso, serial, { samordning });
          const result = expectOk(number);
          expect(result.normalized).toBe(number);
          expect(result.birthDate).toBe(iso);
          expect(result.kind).toBe(samordning ? 'samordningsnummer' : 'personnummer');
          const birthNumber = Number(number.slice(8, 11));
          expect(birthNumber).toBe(serial);
          expect(birthNumber).toBeGreaterThanOrEqual(980);
          expect(birthNumber).toBeLessThanOrEqual(999);
          expect(Personnummer.valid(number)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('(5) the 10-digit and 12-digit forms normalize identically', () => {
    // Any "today" in 2000–2099 and any birth date less than 199 years before it.
    const scenario = isoDateBetween('2000-01-01', '2099-12-31').chain((todayIso) =>
      fc.tuple(
        fc.constant(todayIso),
        fc.integer({ min: 0, max: 199 * 365 - 1 }),
        serialArb,
        fc.boolean(),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(scenario, ([todayIso, daysBefore, serial, samordning, dash]) => {
        const today = new Date(`${todayIso}T12:00:00Z`);
        const iso = new Date(Date.parse(todayIso) - daysBefore * DAY_MS).toISOString().slice(0, 10);
        const long = build(iso, serial, samordning);
        // Skatteverket writes '+' from the year the person turns 100.
        const hundredThisYearOrEarlier = Number(iso.slice(0, 4)) <= Number(todayIso.slice(0, 4)) - 100;
        const separator = hundredThisYearOrEarlier ? '+' : dash ? '-' : '';
        const short = `${long.slice(2, 8)}${separator}${long.slice(8)}`;

        const fromLong = expectOk(long, { today });
        const fromShort = expectOk(short, { today });
        expect(fromShort.normalized).toBe(fromLong.normalized);
        expect(fromShort).toEqual(fromLong);
        expect(fromShort.birthDate).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });
});
