import { describe, expect, it } from 'vitest';
import { serializeError, withoutParams } from './log-errors.ts';

const SECRET = '19121212-1212';

describe('errors in the log', () => {
  it("cut Drizzle's parameters from the message and the stack, keep the SQL and the code", () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "x"'), {
      code: '22P02',
      query: `select * from patients where identity_number = $1`,
      params: [SECRET],
      detail: `Failing row contains (${SECRET}).`,
    });
    const err = new Error(
      `Failed query: select * from patients where identity_number = $1\nparams: ${SECRET},x`,
      {
        cause,
      },
    );
    const logged = serializeError(err);
    expect(JSON.stringify(logged)).not.toContain(SECRET);
    expect(logged.message).toBe(
      'Failed query: select * from patients where identity_number = $1\nparams: (hidden)',
    );
    expect(logged.stack).toContain('params: (hidden)');
    expect(logged.stack).toMatch(/\n {4}at /);
    expect(logged.cause).toMatchObject({ message: 'invalid input syntax for type uuid: "x"', code: '22P02' });
  });

  it('leave other errors as they are, and say when something thrown is not an Error', () => {
    expect(serializeError(new TypeError('x is undefined'))).toMatchObject({
      type: 'TypeError',
      message: 'x is undefined',
    });
    expect(withoutParams('no parameters here')).toBe('no parameters here');
    expect(serializeError('a string')).toEqual({ type: 'string', message: '(not an Error)', stack: '' });
  });
});
