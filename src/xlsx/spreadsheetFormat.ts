import { fileSignature, includesBytes, utf16le } from './fileSignature';
import { decodeText, looksLikeText } from './textDecoding';
import type { ZipEntry } from './zipDirectory';
import { findEntry, zipEntries } from './zipDirectory';

/**
 * What a file is, from its content alone (a clerk's .xls is often an HTML table or a CSV, an .et is a BIFF file, an
 * .xlsx may be an old .xls renamed):
 * - xlsx: a zip with xl/workbook.xml (.xlsx and .xlsm); xlsb: a zip with xl/workbook.bin; ods: a zip with content.xml
 * - ole: an OLE compound file with a Workbook/Book stream (.xls BIFF8 or BIFF5, WPS .et); ole_encrypted: an OLE file
 *   with EncryptionInfo (an encrypted .xlsx, as Excel and WPS save one)
 * - xml2003: Excel 2003 XML (SpreadsheetML); html: an HTML table (web systems' ".xls" exports); text: CSV or TXT
 * - damaged_zip: a zip whose directory cannot be read (cut short) or an .xlsx package without its workbook part
 */
export type SpreadsheetFormat = 'xlsx' | 'xlsb' | 'ods' | 'ole' | 'ole_encrypted' | 'xml2003' | 'html' | 'text' | 'empty' | 'damaged_zip' | 'unknown';

export interface SniffedFile {
  readonly format: SpreadsheetFormat;
  /** The zip's directory, for the formats that are zips. */
  readonly entries?: ReadonlyArray<ZipEntry>;
}

const WORKBOOK_STREAM = utf16le('Workbook');
const BOOK_STREAM = utf16le('Book');
const SPREADSHEET_XML = 'urn:schemas-microsoft-com:office:spreadsheet';

function zipFormat(bytes: Uint8Array): SniffedFile {
  const entries = zipEntries(bytes);
  // A zip cut short (a copy broken off, a download stopped) has lost its directory, which is at the end.
  if (!entries) return { format: 'damaged_zip' };
  if (findEntry(entries, 'xl/workbook.xml')) return { format: 'xlsx', entries };
  if (findEntry(entries, 'xl/workbook.bin')) return { format: 'xlsb', entries };
  if (findEntry(entries, 'content.xml') && (findEntry(entries, 'mimetype') || findEntry(entries, 'META-INF/manifest.xml'))) return { format: 'ods', entries };
  if (entries.some((e) => e.name.startsWith('xl/'))) return { format: 'damaged_zip', entries };
  return { format: 'unknown', entries };
}

function textFormat(bytes: Uint8Array): SpreadsheetFormat {
  // The head up to its last line break, so that it never ends inside a character.
  const cut = bytes.length <= 65536 ? bytes.length : bytes.lastIndexOf(10, 65536) + 1 || 65536;
  const head = decodeText(bytes.subarray(0, cut));
  const start = head.replace(/^\s+/, '').slice(0, 4096).toLowerCase();
  if (start.startsWith('<?xml') || start.startsWith('<workbook') || start.startsWith('<ss:workbook')) {
    if (head.includes(SPREADSHEET_XML)) return 'xml2003';
  }
  if (/^(<!doctype html|<html|<table|<meta|<head|<body)/.test(start) || (start.startsWith('<') && /<table[\s>]/.test(start))) return 'html';
  return looksLikeText(head) ? 'text' : 'unknown';
}

export function sniffFile(bytes: Uint8Array): SniffedFile {
  switch (fileSignature(bytes)) {
    case 'empty':
      return { format: 'empty' };
    case 'zip':
      return zipFormat(bytes);
    case 'ole_encrypted':
      return { format: 'ole_encrypted' };
    case 'ole_other':
      return { format: includesBytes(bytes, WORKBOOK_STREAM) || includesBytes(bytes, BOOK_STREAM) ? 'ole' : 'unknown' };
    case 'other':
      return { format: textFormat(bytes) };
  }
}
