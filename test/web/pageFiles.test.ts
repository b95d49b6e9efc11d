/**
 * The web page's own decisions about files, without a browser: what each file is recognised as (the samples, and a
 * roster LibreOffice saved as .xls), the name a second file of the same name gets, and the page's language.
 */
import { join } from 'path';
import { readSpreadsheetFile } from '../../src/xlsx';
import { fileRoleOf } from '../../src/web/files/fileRole';
import { freeName, sameBytes } from '../../src/web/state/pageFile';
import { pageLanguage } from '../../src/web/pageLanguage';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'assets', 'samples');

describe('fileRoleOf', () => {
  it.each([
    ['employ-wangqing-2022.xlsx', 'roster'],
    ['travel-helong-2022.xlsx', 'roster'],
    ['paid-register.xlsx', 'paid'],
    ['registry-antu-2022.xlsx', 'registry'],
    ['deceased-2022.xlsx', 'deceased'],
  ])('recognises %s as a %s', async (file, role) => {
    const read = await readSpreadsheetFile(join(SAMPLES, file));
    expect(fileRoleOf(read.grids)).toBe(role);
  });

  it('recognises a roster LibreOffice saved as .xls', async () => {
    const read = await readSpreadsheetFile(join(ROOT, 'test', 'fixtures', 'web', 'employ-wangqing-2022.xls'));
    expect(fileRoleOf(read.grids)).toBe('roster');
  });

  it('takes a file of nothing but empty sheets for a roster (the check then says it is not one)', () => {
    expect(fileRoleOf([{ file: 'x.xlsx', sheet: 'Sheet1', values: [] }])).toBe('roster');
  });
});

describe('freeName', () => {
  it('keeps a free name, and numbers a taken one before its extension', () => {
    expect(freeName('花名册.xlsx', new Set(['其他.xlsx']))).toBe('花名册.xlsx');
    expect(freeName('花名册.xlsx', new Set(['花名册.xlsx']))).toBe('花名册 (2).xlsx');
    expect(freeName('花名册.xlsx', new Set(['花名册.xlsx', '花名册 (2).xlsx']))).toBe('花名册 (3).xlsx');
    expect(freeName('名单', new Set(['名单']))).toBe('名单 (2)');
  });

  it('tells the same bytes from different ones', () => {
    expect(sameBytes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(sameBytes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(sameBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});

describe('pageLanguage', () => {
  it('speaks Chinese first, English to a browser set to English, and what the address or the clerk chose', () => {
    expect(pageLanguage('', null, ['zh-CN'])).toBe('zh');
    expect(pageLanguage('', null, ['fr-FR'])).toBe('zh');
    expect(pageLanguage('', null, [])).toBe('zh');
    expect(pageLanguage('', null, ['en-US', 'zh-CN'])).toBe('en');
    expect(pageLanguage('', 'zh', ['en-US'])).toBe('zh');
    expect(pageLanguage('?lang=en', 'zh', ['zh-CN'])).toBe('en');
    expect(pageLanguage('?lang=xx', 'en', ['zh-CN'])).toBe('en');
  });
});
