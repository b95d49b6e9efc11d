import type { Text } from '../../policy';
import { maskId, normaliseIdText, text } from '../../policy';
import { isBlankCell, isStoredAsNumber } from '../cells';
import { parseResidentId } from '../policyBindings';
import type { CellKind, CellValue } from '../sheetGrid';

/** A registry or death-list row's ID: the 18-character key it is filed under, and what is wrong with the cell. */
export interface RowId {
  /** undefined when the row cannot be matched to a claim. */
  readonly id: string | undefined;
  readonly problem?: { readonly shown: string; readonly message: Text };
}

const NONE: RowId = { id: undefined };
const DISABILITY_CARD = /残疾/;
/** Documents that are not a resident ID (passport, permits): not checked as one, never matched. */
const OTHER_DOCUMENT = /护照|居住证|居留证|通行证|军官证|港澳|台湾|外国/;

/**
 * The registry's 证件号码 as an ID. A 残疾人证号 is the holder's ID followed by two digits (kind and grade of the
 * disability), so a 20-character number is matched on its first 18. A row whose only fault is its check character is
 * still filed under it (typed the same way in a roster, it is the same person), and said to be wrong.
 */
export function readRowId(v: CellValue | undefined, kind: CellKind | undefined, idType: string, idOptions: { readonly asOf: number }): RowId {
  if (v === undefined || isBlankCell(v)) return { id: undefined, problem: { shown: '', message: text('证件号码为空', 'the ID number is empty') } };
  if (idType !== '' && OTHER_DOCUMENT.test(idType)) return NONE;
  if (isStoredAsNumber(v, kind)) {
    return {
      id: undefined,
      problem: {
        shown: maskId(String(v)),
        message: text('证件号码以数字形式存储，Excel 只保留15位有效数字，后几位已丢失', 'the ID number is stored as a number: Excel keeps 15 significant digits, the last are lost'),
      },
    };
  }
  let s = normaliseIdText(String(v));
  const card = s.length === 20 && (DISABILITY_CARD.test(idType) || idType === '');
  if (card) s = s.slice(0, 18);
  const r = parseResidentId(s, idOptions);
  if (r.ok) return { id: r.id };
  const shown = maskId(r.normalised || s);
  const what = card ? text(`残疾人证号前18位：${r.message.zh}`, `the first 18 characters of the disability card number: ${r.message.en}`) : r.message;
  // The birth date is what masking hides: the message says what is wrong without repeating it.
  const message = r.problem === 'birthdate' ? text('证件号码中的出生日期不存在或晚于校验日期', 'the birth date in the ID number does not exist or is after the check date') : what;
  return { id: r.problem === 'checksum' ? r.normalised : undefined, problem: { shown, message } };
}
