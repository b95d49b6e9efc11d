import { allCounties, findCounty, isoToSerial, minimumWageOn } from '../../src/policy';

describe('finding a county', () => {
  it.each(['汪清县', '汪清', '222424', '延边朝鲜族自治州汪清县', '吉林省汪清县'])('%p is 汪清县', (q) => {
    expect(findCounty(q)?.code).toBe('222424');
  });
  it('finds 公主岭市 by its old code 220381', () => {
    expect(findCounty('220381')?.name).toBe('公主岭市');
    expect(findCounty('公主岭')?.code).toBe('220184');
  });
  it('finds 长白山保护开发区, which has no code', () => {
    expect(findCounty('长白山保护开发区')?.tiers).toEqual({ 2017: 4, 2021: 4, 2025: 2 });
  });
  it('does not guess an unknown name', () => {
    expect(findCounty('海淀区')).toBeUndefined();
    expect(findCounty('')).toBeUndefined();
  });
  it('has the 60 county-level units plus development zones and no duplicate codes', () => {
    const codes = allCounties().map((c) => c.code).filter((c) => c !== '');
    expect(new Set(codes).size).toBe(codes.length);
    expect(allCounties().length).toBeGreaterThanOrEqual(60);
  });
});

describe('minimum wage by county and date (minimum-wage.md)', () => {
  it.each([
    ['南关区', '2021-11-30', 1780, 1],
    ['南关区', '2021-12-01', 1880, 1],
    ['南关区', '2025-12-01', 2230, 1],
    ['汪清县', '2022-06-01', 1540, 4],
    ['汪清县', '2026-01-01', 1870, 3],
    ['延吉市', '2020-05-01', 1580, 3],
    ['延吉市', '2022-05-01', 1760, 2],
    ['浑江区', '2026-01-01', 2020, 2],
    ['长白山保护开发区', '2025-12-01', 2020, 2],
  ])('%s on %s: %i yuan (tier %i)', (county, day, yuan, tier) => {
    const w = minimumWageOn(findCounty(county)!, isoToSerial(day));
    expect(w?.fen).toBe(yuan * 100);
    expect(w?.tier).toBe(tier);
  });
  it('is unknown before the earliest standard at hand', () => {
    expect(minimumWageOn(findCounty('汪清县')!, isoToSerial('2017-09-30'))).toBeUndefined();
  });
  it('flags a tier that is a reading', () => {
    expect(minimumWageOn(findCounty('双阳区')!, isoToSerial('2022-01-01'))?.tierNote).toMatch(/reading/);
  });
});
