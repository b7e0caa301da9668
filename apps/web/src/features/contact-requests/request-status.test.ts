import { describe, expect, it } from 'vitest';
import { nextStatuses } from './request-status.ts';

describe('a contact request’s next statuses', () => {
  it('offers "new" only while new, and only reopening once done', () => {
    expect(nextStatuses('new')).toEqual(['new', 'in_progress', 'waiting', 'done']);
    expect(nextStatuses('in_progress')).toEqual(['in_progress', 'waiting', 'done']);
    expect(nextStatuses('waiting')).toEqual(['in_progress', 'waiting', 'done']);
    expect(nextStatuses('done')).toEqual(['done', 'in_progress']);
  });
});
