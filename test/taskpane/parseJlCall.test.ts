import { parseArgument, parseJlCall } from '../../src/taskpane/explain/parseJlCall';

describe('parseJlCall', () => {
  it('reads a call with references, a number and a string', () => {
    const parsed = parseJlCall('=JL.EMPLOY_SUBSIDY(D5,E5,F5,"汪清县")');
    expect(parsed).toEqual({
      ok: true,
      call: {
        name: 'EMPLOY_SUBSIDY',
        args: [
          { kind: 'reference', text: 'D5', ref: { address: 'D5' } },
          { kind: 'reference', text: 'E5', ref: { address: 'E5' } },
          { kind: 'reference', text: 'F5', ref: { address: 'F5' } },
          { kind: 'string', text: '"汪清县"', value: '汪清县' },
        ],
      },
    });
  });

  it('upper-cases the function name and accepts spaces around arguments', () => {
    const parsed = parseJlCall('= jl.welfare_post_subsidy( 2 , 1 )');
    expect(parsed.ok && parsed.call.name).toBe('WELFARE_POST_SUBSIDY');
    expect(parsed.ok && parsed.call.args.map((a) => a.kind)).toEqual(['number', 'number']);
  });

  it('reads sheet-qualified, absolute, quoted and range references', () => {
    const parsed = parseJlCall("=JL.EXPLAIN(\"EMPLOY_SUBSIDY\",Sheet1!$B$3,'花名册 (2)'!c4,'It''s'!A1:A9)");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.call.args.slice(1)).toEqual([
      { kind: 'reference', text: 'Sheet1!$B$3', ref: { sheet: 'Sheet1', address: 'B3' } },
      { kind: 'reference', text: "'花名册 (2)'!c4", ref: { sheet: '花名册 (2)', address: 'C4' } },
      { kind: 'reference', text: "'It''s'!A1:A9", ref: { sheet: "It's", address: 'A1:A9' } },
    ]);
  });

  it('keeps omitted optional arguments in their place', () => {
    const parsed = parseJlCall('=JL.TRAVEL_SUBSIDY(1200,6,,"硬座")');
    expect(parsed.ok && parsed.call.args.map((a) => a.kind)).toEqual(['number', 'number', 'omitted', 'string']);
  });

  it('reads a call without arguments as an empty list', () => {
    const parsed = parseJlCall('=JL.MIN_WAGE()');
    expect(parsed.ok && parsed.call.args).toEqual([]);
  });

  it('keeps commas and parentheses inside strings', () => {
    const parsed = parseJlCall('=JL.MIN_WAGE("长春市, (朝阳区)")');
    expect(parsed.ok && parsed.call.args).toEqual([{ kind: 'string', text: '"长春市, (朝阳区)"', value: '长春市, (朝阳区)' }]);
  });

  it('unescapes doubled quotes inside a string', () => {
    expect(parseArgument('"a""b"')).toEqual({ kind: 'string', text: '"a""b"', value: 'a"b' });
  });

  it('reads numbers with signs, decimals, exponents and percent', () => {
    expect(parseArgument('-1.5')).toMatchObject({ kind: 'number', value: -1.5 });
    expect(parseArgument('.5')).toMatchObject({ kind: 'number', value: 0.5 });
    expect(parseArgument('2E3')).toMatchObject({ kind: 'number', value: 2000 });
    expect(parseArgument('10%')).toMatchObject({ kind: 'number', value: 0.1 });
  });

  it('reads TRUE and FALSE in any case', () => {
    expect(parseArgument('true')).toMatchObject({ kind: 'boolean', value: true });
    expect(parseArgument('FALSE')).toMatchObject({ kind: 'boolean', value: false });
  });

  it('keeps a nested expression as an expression, with its text', () => {
    const parsed = parseJlCall('=JL.EMPLOY_SUBSIDY(DATE(2022,3,1),3,B2*2,"汪清县")');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.call.args[0]).toEqual({ kind: 'expression', text: 'DATE(2022,3,1)' });
    expect(parsed.call.args[2]).toEqual({ kind: 'expression', text: 'B2*2' });
    expect(parsed.call.args).toHaveLength(4);
  });

  it('does not take a defined name or a bad column for a reference', () => {
    expect(parseArgument('HireDate')).toEqual({ kind: 'expression', text: 'HireDate' });
    expect(parseArgument('ABCD1')).toEqual({ kind: 'expression', text: 'ABCD1' });
  });

  it('says a value or a non-JL formula is not a JL call', () => {
    expect(parseJlCall(1600)).toEqual({ ok: false, problem: 'not_formula' });
    expect(parseJlCall('JL.MIN_WAGE("汪清")')).toEqual({ ok: false, problem: 'not_formula' });
    expect(parseJlCall('=SUM(A1:A3)')).toEqual({ ok: false, problem: 'not_jl_call' });
  });

  it('says arithmetic around a JL call is not a single call', () => {
    expect(parseJlCall('=JL.MIN_WAGE("汪清")*2')).toEqual({ ok: false, problem: 'not_single_call' });
    expect(parseJlCall('=SUM(JL.MIN_WAGE("汪清"),1)')).toEqual({ ok: false, problem: 'not_single_call' });
    expect(parseJlCall('=JL.MIN_WAGE("汪清")+JL.MIN_WAGE("龙井")')).toEqual({ ok: false, problem: 'not_single_call' });
  });

  it('reports unbalanced parentheses or quotes as a syntax problem', () => {
    expect(parseJlCall('=JL.MIN_WAGE("汪清"')).toMatchObject({ ok: false, problem: 'syntax' });
    expect(parseJlCall('=JL.MIN_WAGE("汪清)')).toMatchObject({ ok: false, problem: 'syntax' });
  });
});
