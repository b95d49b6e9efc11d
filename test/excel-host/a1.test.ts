import { boxAddress, columnIndex, columnLetter, parseAddress, parseAddressList, qualifiedAddress } from '../../tools/excel-host/a1';

describe('A1 helpers', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'z', 'AA', 'XFD'].map(columnIndex)).toEqual([0, 25, 26, 16383]);
    expect(() => columnLetter(16384)).toThrow(/16384/);
    expect(() => columnIndex('XFE')).toThrow(/XFE/);
  });

  it('parses cells, blocks, whole rows and columns, with and without sheet names', () => {
    expect(parseAddress('C3')).toEqual({ box: { row: 2, col: 2, rows: 1, cols: 1 } });
    expect(parseAddress('Sheet1!$B$2:D5')).toEqual({ sheetName: 'Sheet1', box: { row: 1, col: 1, rows: 4, cols: 3 } });
    expect(parseAddress("'校验报告'!A1").sheetName).toBe('校验报告');
    expect(parseAddress("'It''s 2022'!A1:A2")).toEqual({ sheetName: "It's 2022", box: { row: 0, col: 0, rows: 2, cols: 1 } });
    expect(parseAddress('B:C').box).toEqual({ row: 0, col: 1, rows: 1_048_576, cols: 2 });
    expect(parseAddress('$5:$5').box).toEqual({ row: 4, col: 0, rows: 1, cols: 16_384 });
    expect(parseAddress('D5:B2').box).toEqual({ row: 1, col: 1, rows: 4, cols: 3 });
    expect(parseAddressList('B1, A2:B2').map((a) => a.box)).toEqual([
      { row: 0, col: 1, rows: 1, cols: 1 },
      { row: 1, col: 0, rows: 1, cols: 2 },
    ]);
  });

  it('rejects what is not an address, quoting it', () => {
    for (const bad of ['', 'A', '1A', 'A1:B', 'Sheet1!', "'unterminated!A1", 'A0', 'A1048577']) {
      expect(() => parseAddress(bad)).toThrow(`"${bad}"`);
    }
  });

  it('writes addresses back, quoting sheet names only where Excel does', () => {
    expect(boxAddress({ row: 0, col: 0, rows: 1, cols: 1 })).toBe('A1');
    expect(boxAddress({ row: 1, col: 1, rows: 4, cols: 3 })).toBe('B2:D5');
    expect(boxAddress({ row: 4, col: 0, rows: 2, cols: 16_384 })).toBe('5:6');
    expect(qualifiedAddress('花名册', { row: 0, col: 0, rows: 1, cols: 1 })).toBe('花名册!A1');
    expect(qualifiedAddress('Sheet 1', { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'Sheet 1'!A1");
    expect(qualifiedAddress('2022', { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'2022'!A1");
    expect(qualifiedAddress('AB12', { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'AB12'!A1");
    expect(qualifiedAddress("O'Neil", { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'O''Neil'!A1");
  });
});
