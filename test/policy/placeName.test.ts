// Places as clerks write them, finer or coarser than a county, and autonomous counties' short names (Jilin has
// three 自治县: 前郭尔罗斯蒙古族自治县, 长白朝鲜族自治县, 伊通满族自治县, and one 自治州, 延边朝鲜族自治州).
import { findCounty } from '../../src/policy';

describe('the county inside a place', () => {
  it.each([
    ['汪清县汪清镇', '汪清县'],
    ['汪清县大兴沟镇红日村', '汪清县'],
    ['延边州汪清县', '汪清县'],
    ['延边汪清县', '汪清县'],
    ['吉林省延边朝鲜族自治州汪清县', '汪清县'],
    ['汪清', '汪清县'],
    ['松原市前郭县', '前郭尔罗斯蒙古族自治县'],
    ['长春市朝阳区', '朝阳区'],
  ])('%s is in %s', (place, county) => {
    expect(findCounty(place)?.name).toBe(county);
  });

  it.each([
    ['前郭县', '前郭尔罗斯蒙古族自治县'],
    ['前郭', '前郭尔罗斯蒙古族自治县'],
    ['前郭尔罗斯县', '前郭尔罗斯蒙古族自治县'],
    ['长白县', '长白朝鲜族自治县'],
    ['长白', '长白朝鲜族自治县'],
    ['伊通县', '伊通满族自治县'],
    ['伊通', '伊通满族自治县'],
  ])('the short name %s is %s', (short, county) => {
    expect(findCounty(short)?.name).toBe(county);
  });

  it('does not take a prefecture, or a mountain, for a county', () => {
    expect(findCounty('吉林市')).toBeUndefined();
    expect(findCounty('延边州')).toBeUndefined();
    expect(findCounty('长白山')).toBeUndefined();
  });
});
