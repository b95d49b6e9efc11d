// Copies of sheets from several files in one report workbook need names Excel accepts and that never collide.
import { quotedSheetName, uniqueSheetNames } from '../../src/xlsx';

describe('uniqueSheetNames', () => {
  it('keeps a sheet name no other file uses, and prefixes the file name where two files share one', () => {
    const names = uniqueSheetNames(
      [
        { file: 'data/汪清县.xlsx', sheet: '花名册' },
        { file: '安图县.xlsx', sheet: '花名册' },
        { file: '安图县.xlsx', sheet: '说明' },
      ],
      ['校验报告'],
    );
    expect(names).toEqual(['汪清县-花名册', '安图县-花名册', '说明']);
  });

  it('never uses a reserved name, compares without case, and numbers what is still taken', () => {
    expect(uniqueSheetNames([{ file: 'a.xlsx', sheet: '校验报告' }], ['校验报告'])).toEqual(['校验报告 (2)']);
    expect(uniqueSheetNames([{ file: 'a.xlsx', sheet: 'Sheet1' }, { file: 'a.xlsx', sheet: 'sheet1' }], [])).toEqual(['a-Sheet1', 'a-sheet1 (2)']);
  });

  it('replaces the characters Excel forbids and keeps names within 31 characters', () => {
    const [name] = uniqueSheetNames([{ file: 'a.xlsx', sheet: "2022/03:名单[一]*?" }], []);
    expect(name).toBe('2022_03_名单_一___');
    const long = uniqueSheetNames([{ file: 'f.xlsx', sheet: 'x'.repeat(40) }, { file: 'g.xlsx', sheet: 'x'.repeat(40) }], []);
    for (const n of long) expect([...n].length).toBeLessThanOrEqual(31);
    expect(new Set(long).size).toBe(2);
  });
});

describe('quotedSheetName', () => {
  it("quotes a sheet name for a link, doubling a quote inside: 'O''Neil'", () => {
    expect(quotedSheetName("O'Neil")).toBe("'O''Neil'");
    expect(quotedSheetName('花名册')).toBe("'花名册'");
  });
});
