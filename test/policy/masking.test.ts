// Issue 9: maskPersonal is the one way a person's number leaves the program. Expected values below are worked out
// by hand from the rule "first 6 and last 4 digits kept, every other digit a '*', what lies between left as typed".
import { maskBankAccount, maskId, maskPersonal } from '../../src/policy';
import { seededRandom } from '../support/seededRandom';

describe('maskPersonal on free text', () => {
  it.each([
    ['a plain 18-digit ID', '222424198003133338', '222424********3338'],
    ['an ID with a final X', '22242419800313333X', '222424********333X'],
    ['an ID broken by spaces', '222424 19800313 3338', '222424 ******** 3338'],
    ['an ID broken by dashes with spaces around them', '222424 - 19800313 - 3338', '222424 - ******** - 3338'],
    ['an ID broken by dots', '222424.19800313.3338', '222424.********.3338'],
    ['an ID in full-width digits', '２２２４２４１９８００３１３３３３８', '２２２４２４********３３３８'],
    ['an ID with full-width spaces and dashes', '222424　1980－0313　3338', '222424　****－****　3338'],
    ['an old 15-digit ID', '222424800313333', '222424*****3333'],
    ['a 20-digit 残疾人证号', '22242419800313333842', '222424**********3842'],
    ['a 残疾人证号 with the X inside', '22242419800313333X42', '222424**********3X42'],
    ['a bank card broken by dashes', '6214-2075-6993-9034-326', '6214-20**-****-***4-326'],
    ['a bank card in groups of four', '6228 4800 1234 5678 901', '6228 48** **** ***8 901'],
  ])('masks %s', (_, typed, masked) => {
    expect(maskPersonal(typed)).toBe(masked);
    expect(maskPersonal(`备注：${typed}（核实）`)).toBe(`备注：${masked}（核实）`);
  });

  it.each([
    ['a phone number', '0431-88888888'],
    ['a mobile number', '13912345678'],
    ['a date', '2022-12-31'],
    ['14 digits', '12345678901234'],
    ['two short numbers in words', '第12345678行至第1234567行'],
    ['an amount', '1,234,567,890.00'],
  ])('leaves %s as typed', (_, typed) => {
    expect(maskPersonal(typed)).toBe(typed);
  });

  it('masks an ID in a file or sheet name, leaving the extension (its x is no check character)', () => {
    expect(maskPersonal('名单222424198003133338.xlsx')).toBe('名单222424********3338.xlsx');
    expect(maskPersonal('222424198003133338!B2')).toBe('222424********3338!B2');
  });

  it('masks each number of a sentence on its own', () => {
    expect(maskPersonal('身份证 222424198003133338，电话 13912345678，账号 6214207569939034326')).toBe(
      '身份证 222424********3338，电话 13912345678，账号 621420*********4326',
    );
  });

  it('masks an ID that became a number (Excel shows 18 digits as 2.22424198003133E+17)', () => {
    expect(maskPersonal(String(Number('222424198003133338')))).toBe('222424********3340');
    expect(maskPersonal('2.22424198003133E+17')).toBe('2.22424*****3133E+17');
  });
});

describe('maskPersonal on a whole ID or account cell', () => {
  it('masks an ID cell whatever its length', () => {
    expect(maskPersonal('222424198003133338', 'id')).toBe('222424********3338');
    // Too short to be an ID, still someone's number: only the last four shown, and never all of a short one.
    expect(maskPersonal('2224241980', 'id')).toBe('******1980');
    expect(maskPersonal('123', 'id')).toBe('***');
    expect(maskPersonal('无', 'id')).toBe('无');
  });

  it('shows only the last four of an account', () => {
    expect(maskPersonal('6228 4800 1234 5678 901', 'account')).toBe('***************8901');
    expect(maskPersonal('6214-2075-6993-9034-326', 'account')).toBe('****-****-****-***4-326');
  });

  it('is what maskId and maskBankAccount do', () => {
    expect(maskId('222424199001011235')).toBe('222424********1235');
    expect(maskBankAccount('6228480012345678901')).toBe('***************8901');
  });
});

const SEPARATORS = [' ', '-', '.', '　', '－', '．', '\u00a0', ' - ', '·', '_'];
const FULL_WIDTH = (d: string) => String.fromCharCode(d.charCodeAt(0) + 0xfee0);

describe('maskPersonal against a random fuzz of disguises', () => {
  it('never lets the middle digits of a number through, and keeps its first 6 and last 4', () => {
    const next = seededRandom(20221231);
    const pick = <T>(list: ReadonlyArray<T>) => list[Math.floor(next() * list.length)];
    for (let trial = 0; trial < 2000; trial++) {
      const length = pick([15, 16, 17, 18, 19, 20, 21, 25]);
      const digits = Array.from({ length }, () => String(Math.floor(next() * 10))).join('');
      const fullWidth = next() < 0.3;
      let typed = '';
      for (let i = 0; i < digits.length; i++) {
        if (i > 0 && next() < 0.25) typed += pick(SEPARATORS);
        typed += fullWidth && next() < 0.8 ? FULL_WIDTH(digits[i]) : digits[i];
      }
      const around = pick(['', '身份证号：', 'ID ', '备注(']) + typed + pick(['', '。', ' 已核实', '）']);
      const masked = maskPersonal(around);
      const shownDigits = masked.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^0-9*]/g, '');
      expect([around, shownDigits]).toEqual([around, `${digits.slice(0, 6)}${'*'.repeat(length - 10)}${digits.slice(-4)}`]);
    }
  });
});
