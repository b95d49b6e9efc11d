import { creditCodeCheckCharacter, parseCreditCode } from '../../src/policy';

describe('unified social credit codes (GB 32100-2015)', () => {
  it('accepts a published example and reads its region', () => {
    expect(parseCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43', regionCode: '350100', inJilin: false });
  });
  it('a Jilin code built with the check character is valid and in Jilin', () => {
    const first17 = '91222424MA0000000';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(parseCreditCode(code.toLowerCase())).toMatchObject({ ok: true, regionCode: '222424', inJilin: true });
  });
  it.each([
    ['91350100M000100Y44', 'checksum'],
    ['91350100M000100Y4', 'format'],
    ['91350100M000100YO3', 'format'],
    ['', 'missing'],
    [12345, 'format'],
  ])('%p: %s', (v, problem) => {
    expect(parseCreditCode(v)).toMatchObject({ ok: false, problem });
  });
});
