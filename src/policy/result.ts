import type { Text } from './text';

/** A problem with one input value. The message does not name the argument: the caller knows the argument or cell. */
export interface InputError {
  readonly code: InputErrorCode;
  readonly message: Text;
}

export type InputErrorCode =
  | 'EMPTY'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'NOT_WHOLE'
  | 'TOO_LARGE'
  | 'DATE_UNREADABLE'
  | 'DATE_IMPOSSIBLE'
  | 'DATE_OUT_OF_RANGE'
  | 'NOT_A_BOOLEAN'
  | 'CELL_ERROR'
  | 'COUNTY_UNKNOWN'
  | 'ID_MISSING'
  | 'ID_NUMERIC'
  | 'ID_FORMAT'
  | 'ID_CHECKSUM'
  | 'ID_BIRTHDATE'
  | 'UNKNOWN_FUNCTION'
  | 'TRANSPORT_CLASS_UNKNOWN'
  | 'READING_UNKNOWN'
  | 'READING_OPTION_UNKNOWN';

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: InputError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: InputErrorCode, message: Text): Result<T> {
  return { ok: false, error: { code, message } };
}
