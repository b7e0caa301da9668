import { describe, expect, it } from 'vitest';
import { periodBack, periodName } from './period.ts';

describe('follow-up period presets', () => {
  it('steps back whole months, quarters and years across a year boundary', () => {
    expect(periodBack('month', '2026-01-15', 0)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(periodBack('month', '2026-01-15', 1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(periodBack('month', '2024-03-02', 1)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodBack('quarter', '2026-02-10', 1)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodBack('year', '2026-12-07', 1)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('names them in Swedish and English', () => {
    expect(periodName('quarter', { from: '2026-04-01', to: '2026-06-30' }, 'sv')).toBe('kv. 2 2026');
    expect(periodName('quarter', { from: '2026-04-01', to: '2026-06-30' }, 'en')).toBe('Q2 2026');
    expect(periodName('month', { from: '2026-03-01', to: '2026-03-31' }, 'sv')).toBe('mars 2026');
    expect(periodName('year', { from: '2026-01-01', to: '2026-12-31' }, 'en')).toBe('2026');
  });
});
