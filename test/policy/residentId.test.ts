import { idCheckCharacter, isoToSerial, maskBankAccount, maskId, parseResidentId, upgradeId15 } from '../../src/policy';

// The check character by hand for 22242419900101123: sum of digits × 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
function checkByHand(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * w[i], 0);
  return '10X98765432'[sum % 11];
}

describe('resident ID numbers (GB 11643-1999)', () => {
  it('the example of MEASURES.md is valid', () => {
    const r = parseResidentId('11010519491231002X');
    expect(r).toMatchObject({ ok: true, id: '11010519491231002X', regionCode: '110105', sex: 'female', birth: isoToSerial('1949-12-31') });
  });
  it('computes the check character', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('22242419900101123')).toBe(checkByHand('22242419900101123'));
  });
  it.each(['11010519491231002x', ' 110105 19491231 002X ', '１１０１０５１９４９１２３１００２Ｘ', '110105\u00a019491231002X'])('normalises %p', (v) => {
    expect(parseResidentId(v)).toMatchObject({ ok: true, id: '11010519491231002X' });
  });
  it('upgrades a 15-digit number by inserting 19 and computing the check', () => {
    expect(upgradeId15('110105491231002')).toBe('11010519491231002X');
    expect(parseResidentId('110105491231002')).toMatchObject({ ok: true, id: '11010519491231002X', upgradedFrom15: true });
  });
  it('an odd sequence digit is male', () => {
    const first17 = '22242419900101123';
    expect(parseResidentId(first17 + idCheckCharacter(first17))).toMatchObject({ ok: true, sex: 'male', county: { name: '汪清县' } });
  });
  it('the retired code 220381 is 公主岭市', () => {
    const first17 = '22038119850505002';
    expect(parseResidentId(first17 + idCheckCharacter(first17))).toMatchObject({ ok: true, county: { name: '公主岭市', code: '220184' } });
  });
  it.each([
    [110105194912310020, 'numeric'],
    ['1.10105E+17', 'numeric'],
    ['11010519491231002', 'format'],
    ['1101051949123100A2', 'format'],
    ['110105194912310021', 'checksum'],
    ['110105194902300020', 'birthdate'],
    ['', 'missing'],
    [null, 'missing'],
  ])('%p is a %s problem', (v, problem) => {
    expect(parseResidentId(v)).toMatchObject({ ok: false, problem });
  });
  it('a birth date after the day of the check is impossible', () => {
    const first17 = '22242420300101123';
    const id = first17 + idCheckCharacter(first17);
    expect(parseResidentId(id, { asOf: isoToSerial('2026-11-28') })).toMatchObject({ ok: false, problem: 'birthdate' });
  });
  it('sends the clerk to the ID card, never names the check character that would pass (X here)', () => {
    const r = parseResidentId('110105194912310021');
    expect(r.ok ? '' : r.message.zh).toContain('对照身份证原件');
    expect(r.ok ? '' : r.message.zh).not.toContain('X');
  });
});

describe('masking', () => {
  it('keeps region and last four of an ID', () => {
    expect(maskId('222424199001011235')).toBe('222424********1235');
  });
  it('keeps only the last four of an account', () => {
    expect(maskBankAccount('6228 4800 1234 5678 901')).toBe('***************8901');
  });
});
