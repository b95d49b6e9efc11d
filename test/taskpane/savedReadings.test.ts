import { DEFAULT_READINGS } from '../../src/policy';
import { readingsFromSetting, readingsToSetting } from '../../src/taskpane/state/savedReadings';

describe('the readings saved in the workbook (设置)', () => {
  it('keeps only the changed readings and reads them back over the shipped ones', () => {
    const changed = { ...DEFAULT_READINGS, once_scope: 'calendar-year' as const, duplicate_keeper: 'none' as const };
    const saved = readingsToSetting(changed);
    expect(saved).toEqual({ once_scope: 'calendar-year', duplicate_keeper: 'none' });
    // As Office stores settings: JSON.
    expect(readingsFromSetting(JSON.parse(JSON.stringify(saved)))).toEqual({ readings: changed, ignored: [] });
  });
  it('leaves out what this version does not know, and says which', () => {
    expect(readingsFromSetting({ once_scope: 'weekly', old_reading: 'x', unsalable_round_down: 'half-up' })).toEqual({
      readings: { ...DEFAULT_READINGS, unsalable_round_down: 'half-up' },
      ignored: ['once_scope=weekly', 'old_reading=x'],
    });
  });
  it('nothing saved is the shipped readings', () => {
    for (const v of [undefined, null, '', [], 'x']) expect(readingsFromSetting(v)).toEqual({ readings: DEFAULT_READINGS, ignored: [] });
  });
});
