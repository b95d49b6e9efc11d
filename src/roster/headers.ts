import { text, toHalfWidth } from '../policy';
import type { Text } from '../policy';
import type { FieldId } from './types';

/**
 * Column headers as counties write them, per field, in normal form (see normaliseHeader): half-width, no spaces or
 * line breaks, no required-marks, English in lower case. A header matches when its normal form, or its normal form
 * without bracketed units ('补贴金额（元）'), is listed.
 */
const SYNONYMS: Readonly<Record<FieldId, ReadonlyArray<string>>> = {
  seq: ['序号', '编号', '序', 'no', 'no.', '#', 'seq', 'item'],
  id: [
    '身份证号码', '身份证号', '身份证', '公民身份号码', '公民身份证号码', '居民身份证号码', '身份证件号码', '证件号码', '证件号',
    '身份号码', '身份证号码(18位)', 'id', 'idno', 'idno.', 'idnumber', 'idcard', 'idcardno', 'idcardno.', 'idcardnumber',
    'residentid', 'residentidnumber', 'citizenid',
  ],
  name: ['姓名', '名字', '人员姓名', '劳动力姓名', '务工人员姓名', '脱贫人口姓名', '申请人姓名', '申请人', '户主姓名', '职工姓名', '员工姓名', 'name', 'fullname'],
  sex: ['性别', 'sex', 'gender'],
  category: [
    '人员类别', '人员类型', '户类型', '户类别', '户属性', '人口类型', '身份类别', '脱贫人口类别', '监测对象类别', '帮扶对象类别', '对象类别', '类别',
    'category', 'householdcategory', 'householdtype', 'persontype',
  ],
  employer: [
    '用工单位', '用工单位名称', '用人单位', '用人单位名称', '企业名称', '单位名称', '就业单位', '工作单位', '吸纳企业', '吸纳单位', '帮扶车间',
    '帮扶车间名称', '经营主体名称', '经营主体', '主体名称', '企业(经营主体)名称', '采购企业', '采购单位', 'employer', 'employername',
    'enterprise', 'company', 'entity', 'entityname',
  ],
  employerCode: [
    '统一社会信用代码', '社会信用代码', '信用代码', '统一信用代码', '单位统一社会信用代码', '企业统一社会信用代码', 'creditcode',
    'unifiedsocialcreditcode', 'uscc',
  ],
  hireDate: [
    '入职日期', '入职时间', '就业时间', '就业日期', '吸纳就业时间', '吸纳就业日期', '吸纳时间', '上岗时间', '上岗日期', '录用时间', '录用日期',
    '招用时间', '招用日期', '到岗时间', '参加工作时间', '开始工作时间', 'hiredate', 'hired', 'dateofhire', 'startdate', 'workdate',
  ],
  monthsWorked: [
    '工作月数', '累计工作时间', '累计工作月数', '年度累计工作时间', '年度累计工作月数', '就业月数', '务工月数', '工作时长', '累计工作时长',
    '工作时间(月)', 'monthsworked', 'workedmonths',
  ],
  wage: ['月工资', '工资', '月工资收入', '月均工资', '月平均工资', '工资标准', '月收入', '工资收入', '月薪', 'monthlywage', 'wage', 'salary'],
  county: [
    '县(市、区)', '县(市,区)', '县(市区)', '县市区', '县(区)', '县区', '县', '县(市)', '就业地', '就业地点', '就业县', '就业所在地', '就业地区',
    '工作地点', '所在县', '所属县', '所在县(市、区)', 'county', 'district', 'countyofwork',
  ],
  province: [
    '务工省份', '务工地点', '务工地', '务工地区', '务工所在地', '外出务工地点', '外出务工地', '务工省', '就业省份', '务工所在省', '务工省份及地点',
    'province', 'workprovince', 'placeofwork', 'provinceofwork',
  ],
  contract: [
    '合同期限', '合同起止', '合同起止时间', '合同起止日期', '劳动合同期限', '劳动合同起止时间', '协议期限', '合同期', '合同期限(月)', '合同时长',
    'contract', 'contractperiod', 'contractmonths',
  ],
  contractStart: ['合同起始', '合同起始日期', '合同起始时间', '合同开始', '合同开始日期', '合同开始时间', '合同签订日期', '合同起', 'contractstart'],
  contractEnd: ['合同终止', '合同终止日期', '合同终止时间', '合同结束', '合同结束日期', '合同截止日期', '合同到期日期', '合同止', 'contractend'],
  transportClass: [
    '交通方式', '席别', '交通方式及席别', '交通工具', '乘车方式', '出行方式', '交通方式(席别)', '席位', '座席', '舱位', 'transport',
    'transportclass', 'class', 'travelclass',
  ],
  fare: ['票价', '交通费', '往返交通费', '往返票价', '实际票价', '车票金额', '交通费用', '往返交通费用', '票面金额', 'fare', 'roundtripfare'],
  post: ['岗位', '岗位名称', '公益岗位', '公益岗位名称', '岗位类型', '岗位类别', '从事岗位', '安置岗位', 'post', 'job', 'position'],
  months: ['月数', '补贴月数', '上岗月数', '享受月数', '申报月数', '在岗月数', '补助月数', 'months'],
  amount: [
    '补贴金额', '申领金额', '申请金额', '申报金额', '补助金额', '奖补金额', '发放金额', '拟补贴金额', '拟发放金额', '补贴资金', '金额', '应发金额',
    'amount', 'subsidy', 'subsidyamount', 'amountclaimed',
  ],
  bankAccount: [
    '银行账号', '银行卡号', '社保卡号', '社会保障卡号', '账号', '卡号', '收款账号', '一卡通账号', '惠农一卡通账号', '开户账号', '银行账户',
    '社保卡银行账号', 'bankaccount', 'account', 'accountno', 'accountnumber', 'cardno',
  ],
  remark: ['备注', '说明', 'remark', 'remarks', 'note', 'notes', 'comment'],
  personsDriven: [
    '带动人数', '带动脱贫户人数', '带动脱贫人口数', '带动脱贫人口人数', '带动脱贫户和监测户人数', '带动脱贫人口和监测对象人数', '联农带农人数',
    '带动人口数', 'personsdriven', 'driven',
  ],
  purchase: ['采购金额', '采购额', '采购总额', '购销金额', '采购滞销产品金额', 'purchase', 'purchaseamount'],
  subsidyKind: ['补贴类型', '补贴类别', '补贴项目', '补贴种类', '项目类别', 'subsidytype', 'subsidykind', 'kind'],
  measure: ['措施', '措施编号', '政策措施', 'measure'],
  payDate: ['发放日期', '发放时间', '拨付日期', 'paydate', 'paid', 'datepaid'],
  source: ['来源', '数据来源', 'source'],
};

/** Strong words: a header holding one of them is that field even when worded differently ('法定代表人身份证号'). */
const CONTAINS: ReadonlyArray<readonly [string, FieldId]> = [
  ['信用代码', 'employerCode'],
  ['身份证', 'id'],
  ['身份号码', 'id'],
  ['姓名', 'name'],
  ['账号', 'bankAccount'],
  ['卡号', 'bankAccount'],
];

export const FIELD_NAMES: Readonly<Record<FieldId, Text>> = {
  seq: text('序号', 'No.'),
  id: text('身份证号码', 'ID number'),
  name: text('姓名', 'name'),
  sex: text('性别', 'sex'),
  category: text('人员类别', 'household category'),
  employer: text('用工单位/主体名称', 'employer/entity'),
  employerCode: text('统一社会信用代码', 'unified social credit code'),
  hireDate: text('入职日期', 'hire date'),
  monthsWorked: text('工作月数', 'months worked'),
  wage: text('月工资', 'monthly wage'),
  county: text('县（市、区）', 'county'),
  province: text('务工地点', 'place of work'),
  contract: text('合同期限', 'contract period'),
  contractStart: text('合同起始日期', 'contract start'),
  contractEnd: text('合同终止日期', 'contract end'),
  transportClass: text('交通方式/席别', 'class of transport'),
  fare: text('票价', 'fare'),
  post: text('岗位', 'post'),
  months: text('月数', 'months'),
  amount: text('补贴金额', 'amount'),
  bankAccount: text('银行账号', 'bank account'),
  remark: text('备注', 'remark'),
  personsDriven: text('带动人数', 'persons driven'),
  purchase: text('采购金额', 'purchase amount'),
  subsidyKind: text('补贴类型', 'subsidy type'),
  measure: text('措施', 'measure'),
  payDate: text('发放日期', 'date paid'),
  source: text('来源', 'source'),
};

const MARKS = /[\s*※★☆:：]/g;
const BRACKETED = /[(（【[][^)）】\]]*[)）】\]]/g;

function normaliseHeader(v: unknown): string {
  if (typeof v !== 'string') return '';
  return toHalfWidth(v).replace(MARKS, '').toLowerCase();
}

const BY_HEADER = new Map<string, FieldId>();
for (const [field, words] of Object.entries(SYNONYMS) as Array<[FieldId, ReadonlyArray<string>]>) {
  for (const w of words) if (!BY_HEADER.has(w)) BY_HEADER.set(w, field);
}

/** The field a header cell names, or undefined. */
export function fieldOfHeader(v: unknown): FieldId | undefined {
  const h = normaliseHeader(v);
  if (h === '' || h.length > 40) return undefined;
  const exact = BY_HEADER.get(h);
  if (exact) return exact;
  const bare = h.replace(BRACKETED, '');
  if (bare !== h && bare !== '') {
    const found = BY_HEADER.get(bare);
    if (found) return found;
  }
  for (const [word, field] of CONTAINS) if (h.includes(word)) return field;
  return undefined;
}
