/**
 * 100,000 varied JL.EMPLOY_SUBSIDY argument lists, the same on every run (a fixed linear congruential generator):
 * hire dates as Excel serials and as text in the forms clerks type, before and after the cut-off and the 2021
 * standard; whole and fractional months; wages around the minimum; counties by name, short name and code, or the
 * minimum wage itself; a few bad arguments. Shared by `npm run bench` and the test that both paths agree.
 */
const COUNTIES: ReadonlyArray<string | number> = ['汪清县', '汪清', '222424', '延吉市', '南关区', '长春市南关区', '农安县', '珲春市', 220184, '长白山保护开发区', '浑江区', '前郭县'];
const TEXT_DATES = ['2022-03-01', '2021/11/30', '2021.12.1', '2020年1月1日', '20191231', '2023-07-15'];

export function employSubsidyArgs(n: number): unknown[][] {
  let seed = 20220407;
  const next = (k: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % k;
  };
  const out: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const hire = next(4) === 0 ? TEXT_DATES[next(TEXT_DATES.length)] : 43700 + next(1400); // 2019-08 .. 2023-06
    const months = next(5) === 0 ? next(24) / 2 : next(13);
    const wage = 1000 + next(3000) + (next(3) === 0 ? next(100) / 100 : 0);
    const place = next(6) === 0 ? 1400 + next(600) : COUNTIES[next(COUNTIES.length)];
    const args: unknown[] = [hire, months, wage, place];
    if (next(200) === 0) args[next(4)] = next(2) === 0 ? 'x' : '';
    out.push(args);
  }
  return out;
}
