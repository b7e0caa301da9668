import { describe, expect, it } from 'vitest';
import { printPercent } from './print-run.ts';

describe('the "Skriv ut alla" progress', () => {
  it('fills with the letters made, then stays full for the PDF, ready and failed', () => {
    expect(printPercent({ state: 'idle' })).toBe(0);
    expect(printPercent({ state: 'running', done: 0, total: 4, current: 'Anna' })).toBe(0);
    expect(printPercent({ state: 'running', done: 3, total: 4, current: 'Bo' })).toBe(75);
    expect(printPercent({ state: 'running', done: 0, total: 0, current: '' })).toBe(0);
    expect(printPercent({ state: 'pdf', total: 4 })).toBe(100);
    expect(printPercent({ state: 'ready', url: 'blob:x', count: 8 })).toBe(100);
    expect(printPercent({ state: 'failed', error: new Error('x'), done: 1, total: 4 })).toBe(100);
  });
});
