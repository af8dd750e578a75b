// What a reader call ends in, as the code of its InputError ('no error' when it returns), so
// tests about bad input compare codes; any other exception is a bug and fails the test.
import { InputError } from '../../src/read/index.js';

export function inputErrorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.code;
    throw err;
  }
  return 'no error';
}
