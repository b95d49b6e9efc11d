import { isoToSerial } from '../../policy';

/** A yyyy-mm-dd the date inputs hold that is a real day (the pane's and the web page's dialogs ask it). */
export function isValidIsoDate(iso: string): boolean {
  try {
    isoToSerial(iso);
    return true;
  } catch {
    return false;
  }
}
