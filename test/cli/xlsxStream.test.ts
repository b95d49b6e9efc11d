// The streaming .xlsx reader (src/xlsx) on what it meets beyond the small fixtures: a sheet many inflated chunks long,
// its rows and shared strings cut at every chunk boundary, read cell for cell as ExcelJS wrote it; and the start tags
// of rows and cells written in every way XML allows (attribute order, quotes, spacing, extra attributes), each read
// as what it says.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readSpreadsheetBytes } from '../../src/xlsx/readSpreadsheet';
import { NODE_LIBRARIES } from '../../src/xlsx/readWorkbook';
import { readXlsxBuffer } from '../../src/xlsx';
import type { CellKind, CellValue } from '../../src/roster/sheetGrid';

jest.setTimeout(60_000);

const ROWS = 30_000;
const NAMES = '伟芳娜敏静丽强磊军洋';
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 is day 25569 of Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

interface Person {
  name: string;
  id: string;
  wage: number;
  amount: number;
  hired: number;
  note: string | null;
  checked: boolean;
}

/** Row r's person: every value told by r alone, so the test knows each cell without reading the file back. */
function person(r: number): Person {
  return {
    name: `张${NAMES[r % 10]}${r}`,
    id: `2224241990${String(r).padStart(8, '0')}`,
    wage: 2000 + (r % 997),
    amount: (r % 7) * 100.25,
    hired: Date.UTC(2022, r % 12, 1 + (r % 28)),
    // Every fifth row leaves the column empty (the cell is not written); every third holds characters XML escapes.
    note: r % 5 === 0 ? null : r % 3 === 0 ? `备注 A&B <${r}> "引号"` : `第${r}行`,
    checked: r % 2 === 0,
  };
}

describe('a sheet many inflated chunks long', () => {
  let bytes: Buffer;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.addRow(['姓名', '身份证号码', '月工资', '补贴金额', '入职日期', '备注', '已核对']);
    for (let r = 1; r <= ROWS; r++) {
      const p = person(r);
      const row = ws.addRow([p.name, p.id, p.wage, p.amount, new Date(p.hired), p.note, p.checked]);
      row.getCell(2).numFmt = '@';
      row.getCell(5).numFmt = 'yyyy-mm-dd';
    }
    bytes = Buffer.from(await wb.xlsx.writeBuffer());
  });

  it('is longer than several of the 1 MB chunks the reader inflates at a time, its shared strings too', async () => {
    const zip = await JSZip.loadAsync(bytes);
    expect((await zip.file('xl/worksheets/sheet1.xml')?.async('uint8array'))?.length).toBeGreaterThan(4 * 1024 * 1024);
    expect((await zip.file('xl/sharedStrings.xml')?.async('uint8array'))?.length).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('reads every cell as written', async () => {
    const [grid] = await readXlsxBuffer(bytes, 'long.xlsx');
    expect(grid.values.length).toBe(ROWS + 1);
    const wrong: string[] = [];
    for (let r = 1; r <= ROWS; r++) {
      const p = person(r);
      const values: CellValue[] = [p.name, p.id, p.wage, p.amount, p.hired / MS_PER_DAY + UNIX_EPOCH_SERIAL, p.note ?? '', p.checked];
      const kinds: CellKind[] = ['String', 'String', 'Double', 'Double', 'Date', p.note === null ? 'Empty' : 'String', 'Boolean'];
      const got = { values: grid.values[r], kinds: grid.kinds?.[r] };
      if (JSON.stringify(got) !== JSON.stringify({ values, kinds })) wrong.push(`row ${r + 1}: ${JSON.stringify(got)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
/** Shared string 0 and 1. */
const SHARED =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">' +
  '<si><t>脱贫人口</t></si><si><t xml:space="preserve"> 监测户 </t></si></sst>';
/** Cell style 0 General, 1 a date, 2 text. */
const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="49" fontId="0"/></cellXfs></styleSheet>';

/** An ExcelJS workbook with its sheet, shared strings and styles replaced by the given XML. */
async function withParts(sheetRows: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = 'x';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/worksheets/sheet1.xml', SHEET_HEAD + sheetRows + SHEET_TAIL);
  zip.file('xl/sharedStrings.xml', SHARED);
  zip.file('xl/styles.xml', STYLES);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('row and cell tags written every way XML allows', () => {
  // Each row: A a shared string (index 0), B the number 44621 as a date (style 1), C the text "42" (a t="str"
  // formula result), D the whole number 7 in a text-formatted cell (style 2). Only how the tags are written differs.
  const forms: Array<[string, string]> = [
    ['as Excel writes them', '<row r="{r}" spans="1:4"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}" s="1"><v>44621</v></c><c r="C{r}" t="str"><f>"4"&amp;"2"</f><v>42</v></c><c r="D{r}" s="2"><v>7</v></c></row>'],
    ['attributes in another order', '<row spans="1:4" r="{r}"><c t="s" r="A{r}"><v>0</v></c><c s="1" r="B{r}"><v>44621</v></c><c t="str" r="C{r}"><v>42</v></c><c s="2" r="D{r}" t="n"><v>7</v></c></row>'],
    ['single quotes', "<row r='{r}'><c r='A{r}' t='s'><v>0</v></c><c r='B{r}' s='1'><v>44621</v></c><c r='C{r}' t='str'><v>42</v></c><c r='D{r}' s='2'><v>7</v></c></row>"],
    ['spaces, tabs and line breaks', '<row\n r="{r}"\t><c  r="A{r}"\n t="s" ><v>0</v></c><c\tr="B{r}"  s="1"><v>44621</v></c><c r="C{r}"   t="str"><v>42</v></c><c r="D{r}" s="2"  ><v>7</v></c></row>'],
    ['extra attributes', '<row r="{r}" ht="20" customHeight="1" x14ac:dyDescent="0.25"><c r="A{r}" t="s" cm="1"><v>0</v></c><c r="B{r}" s="1" vm="1"><v>44621</v></c><c r="C{r}" t="str" ph="1"><v>42</v></c><c r="D{r}" s="2"><v>7</v></c></row>'],
    ['no references (each cell the next column, each row the next row)', '<row><c t="s"><v>0</v></c><c s="1"><v>44621</v></c><c t="str"><v>42</v></c><c s="2"><v>7</v></c></row>'],
    ['an inline string, a number with decimals written as 7.0', '<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>脱贫人口</t></is></c><c r="B{r}" s="1"><v>44621</v></c><c r="C{r}" t="inlineStr"><is><t>42</t></is></c><c r="D{r}" s="2"><v>7.0</v></c></row>'],
    ['lower-case column letters', '<row r="{r}"><c r="a{r}" t="s"><v>0</v></c><c r="b{r}" s="1"><v>44621</v></c><c r="c{r}" t="str"><v>42</v></c><c r="d{r}" s="2"><v>7</v></c></row>'],
  ];

  it.each(forms)('%s', async (_label, form) => {
    const rows = [1, 2, 3].map((r) => form.replaceAll('{r}', String(r))).join('');
    const { grids } = await readSpreadsheetBytes(await withParts(rows), 'forms.xlsx', NODE_LIBRARIES);
    const row = { values: ['脱贫人口', 44621, '42', 7], kinds: ['String', 'Date', 'String', 'Double'], formats: ['General', 'yyyy-mm-dd', 'General', '@'] };
    expect(grids[0].values.map((values, i) => ({ values, kinds: grids[0].kinds?.[i], formats: grids[0].numberFormats?.[i] }))).toEqual([row, row, row]);
    expect(grids[0].rowOffset).toBe(0);
  });

  it.each([
    ['hidden="1" after r', '<row r="2" hidden="1">'],
    ['hidden="true" before r', '<row hidden="true" r="2">'],
    ['hidden among other attributes', '<row r="2" spans="1:1" hidden="1" ht="0" customHeight="1">'],
  ])('a hidden row: %s', async (_label, tag) => {
    const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c></row>${tag}<c r="A2" t="s"><v>1</v></c></row><row r="3" hidden="0"><c r="A3"><v>3</v></c></row>`;
    const { grids } = await readSpreadsheetBytes(await withParts(rows), 'hidden.xlsx', NODE_LIBRARIES);
    expect(grids[0].values).toEqual([['脱贫人口'], [' 监测户 '], [3]]);
    expect(grids[0].hiddenRows).toEqual([1]);
  });
});
