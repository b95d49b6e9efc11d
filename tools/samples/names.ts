import type { Rng } from './random';

// Common surnames of Yanbian (Han and Korean-Chinese families alike) and given-name characters by usual sex.
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗金朴崔郑姜韩尹许宋于董梁曹田邢白'.split('');
const MALE = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林成国海东峰建文春雨哲洙浩'.split('');
const FEMALE = '芳娜敏静丽艳娟霞秀英玲桂兰凤红梅琳雪慧莉婷颖倩洁琴云珍妍玉美善顺淑贞花'.split('');

/** A plausible Chinese name: a surname and one or two given-name characters. */
export function personName(rng: Rng, sex: 'male' | 'female'): string {
  const pool = sex === 'male' ? MALE : FEMALE;
  const given = rng.chance(0.7) ? rng.pick(pool) + rng.pick(pool) : rng.pick(pool);
  return rng.pick(SURNAMES) + given;
}

const FIRM_WORDS = ['长白山', '图们江', '延边', '布尔哈通', '嘎呀河', '天池', '仙峰', '兴安', '金达莱', '红旗', '丰收', '绿源'];
const FIRM_TRADES = ['食品', '木业', '农业科技', '建材', '服装', '人参', '黑木耳', '矿泉水', '物流', '劳务', '物业服务', '酒店管理'];

/** A company name in the county's style: 汪清县长白山黑木耳有限公司. */
export function firmName(rng: Rng, county: string): string {
  return `${county}${rng.pick(FIRM_WORDS)}${rng.pick(FIRM_TRADES)}${rng.pick(['有限公司', '有限责任公司', '股份有限公司'])}`;
}

const COOP_PRODUCTS = ['黑木耳', '人参', '蓝莓', '大米', '苹果梨', '食用菌', '黄牛', '蜂蜜', '玉米', '大豆'];

export function cooperativeName(rng: Rng, village: string): string {
  return `${village}${rng.pick(COOP_PRODUCTS)}${rng.pick(['种植专业合作社', '养殖专业合作社', '农民专业合作社', '家庭农场'])}`;
}

export const VILLAGES = ['大兴沟镇', '天桥岭镇', '罗子沟镇', '百草沟镇', '东光镇', '复兴镇', '春阳镇', '鸡冠乡', '明月镇', '松江镇', '二道白河镇', '亮兵镇'];

const OUTSIDE_CITIES: Readonly<Record<string, ReadonlyArray<string>>> = {
  浙江省: ['宁波', '杭州', '温州', '义乌'],
  江苏省: ['苏州', '昆山', '无锡', '南京'],
  山东省: ['青岛', '烟台', '威海'],
  广东省: ['东莞', '深圳', '佛山'],
  辽宁省: ['大连', '沈阳'],
  北京市: ['北京'],
  天津市: ['天津'],
  上海市: ['上海'],
  吉林省: ['长春', '吉林'],
};
const OUTSIDE_TRADES = ['电子', '精密机械', '纺织', '物流', '食品', '汽车零部件', '家具', '海产品加工'];

/** An employer in the province where a migrant worker went: 苏州某电子有限公司. */
export function outsideFirmName(rng: Rng, province: string): string {
  const city = rng.pick(OUTSIDE_CITIES[province] ?? [province.replace(/省|市$/, '')]);
  return `${city}${rng.pick(['华信', '恒达', '瑞丰', '鑫源', '宏图', '海星'])}${rng.pick(OUTSIDE_TRADES)}有限公司`;
}
