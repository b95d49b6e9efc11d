/**
 * Errors shaped like OfficeExtension.Error (name 'RichApi.Error', a string code, debugInfo), with the
 * codes Office.js and Excel use, so adapter code that inspects error.code behaves the same in the host.
 */

export const HostErrorCode = {
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  runMustReturnPromise: 'RunMustReturnPromise',
  notImplemented: 'NotImplemented',
  generalException: 'GeneralException',
} as const;

export type HostErrorCodeValue = (typeof HostErrorCode)[keyof typeof HostErrorCode];

export interface HostErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class HostError extends Error {
  readonly code: HostErrorCodeValue;
  readonly debugInfo: HostErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown;
  readonly httpStatusCode: number;

  constructor(code: HostErrorCodeValue, message: string, errorLocation?: string, innerError: unknown = null) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
    this.innerError = innerError;
    this.httpStatusCode = code === HostErrorCode.itemNotFound ? 404 : 400;
  }
}

export function propertyNotLoaded(typeName: string, property: string): HostError {
  return new HostError(
    HostErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Call load('${property}') on the ${typeName} and await context.sync() before reading it.`,
    `${typeName}.${property}`,
  );
}

export function invalidArgument(message: string, errorLocation?: string): HostError {
  return new HostError(HostErrorCode.invalidArgument, message, errorLocation);
}

export function itemNotFound(message: string, errorLocation?: string): HostError {
  return new HostError(HostErrorCode.itemNotFound, message, errorLocation);
}

export function invalidOperation(message: string, errorLocation?: string): HostError {
  return new HostError(HostErrorCode.invalidOperation, message, errorLocation);
}
