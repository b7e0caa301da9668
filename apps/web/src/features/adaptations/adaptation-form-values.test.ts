import type { AdaptationProfile } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { toBody, toItemValues } from './adaptation-form-values.ts';

type Saved = AdaptationProfile['items'][number];

describe('the adaptation passport form values', () => {
  it('holds a saved item’s parameters as text, and a new item empty', () => {
    const saved = { code: 'LEN-EXTENDED', note: 'Behöver tid', params: { minutes: 90 } } as unknown as Saved;
    expect(toItemValues(saved, saved.code)).toEqual({
      code: 'LEN-EXTENDED',
      note: 'Behöver tid',
      params: { minutes: 90, language: '', timeFrom: '', timeTo: '', who: '', wheelchairType: '' },
    });
    expect(toItemValues(null, 'COM-SPEECH-LIMITED').params.minutes).toBe('');
    expect(toItemValues(null, 'COM-SPEECH-LIMITED').note).toBe('');
  });

  it('sends the top three without empty lines and only the parameters each code declares', () => {
    const extended = toItemValues(null, 'LEN-EXTENDED');
    extended.params = { ...extended.params, minutes: 60, language: 'arabiska' };
    const speech = { ...toItemValues(null, 'COM-SPEECH-LIMITED'), note: '  ' };
    const body = toBody([' Lugn miljö ', '', 'Bildstöd'], 'patient', [extended, speech]);
    expect(body.topThree).toEqual(['Lugn miljö', 'Bildstöd']);
    expect(body.consentBy).toBe('patient');
    expect(body.items).toEqual([
      { code: 'LEN-EXTENDED', note: undefined, params: { minutes: 60 } },
      { code: 'COM-SPEECH-LIMITED', note: undefined, params: {} },
    ]);
  });

  it('leaves out an empty declared parameter', () => {
    const extended = toItemValues(null, 'LEN-EXTENDED');
    expect(toBody([], 'patient', [extended]).items[0]?.params).toEqual({});
  });
});
