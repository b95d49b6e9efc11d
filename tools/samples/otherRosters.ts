import type { Column } from './sheetModel';

export const TRAVEL_COLUMNS: ReadonlyArray<Column> = [
  { header: '序号', type: 'seq', width: 6 },
  { header: '姓名', type: 'text', width: 10 },
  { header: '性别', type: 'text', width: 6 },
  { header: '身份证号码', type: 'code', width: 21 },
  { header: '人员类别', type: 'text', width: 14 },
  { header: '务工省份', type: 'text', width: 10 },
  { header: '用工单位', type: 'text', width: 30 },
  { header: '合同起始日期', type: 'date', width: 13 },
  { header: '合同终止日期', type: 'date', width: 13 },
  { header: '交通方式', type: 'text', width: 13 },
  { header: '票价', type: 'money', width: 11 },
  { header: '补贴金额', type: 'money', width: 11 },
  { header: '银行账号', type: 'code', width: 22 },
  { header: '备注', type: 'text', width: 16 },
];

export const WELFARE_COLUMNS: ReadonlyArray<Column> = [
  { header: '序号', type: 'seq', width: 6 },
  { header: '姓名', type: 'text', width: 10 },
  { header: '性别', type: 'text', width: 6 },
  { header: '身份证号码', type: 'code', width: 21 },
  { header: '人员类别', type: 'text', width: 14 },
  { header: '岗位', type: 'text', width: 18 },
  { header: '上岗日期', type: 'date', width: 12 },
  { header: '月数', type: 'int', width: 7 },
  { header: '补贴金额', type: 'money', width: 11 },
  { header: '银行账号', type: 'code', width: 22 },
  { header: '备注', type: 'text', width: 16 },
];

export const PRODUCTION_COLUMNS: ReadonlyArray<Column> = [
  { header: '序号', type: 'seq', width: 6 },
  { header: '经营主体名称', type: 'text', width: 34 },
  { header: '统一社会信用代码', type: 'code', width: 21 },
  { header: '主体类型', type: 'text', width: 14 },
  { header: '带动人数', type: 'int', width: 10 },
  { header: '补贴金额', type: 'money', width: 13 },
  { header: '备注', type: 'text', width: 16 },
];

export const UNSALABLE_COLUMNS: ReadonlyArray<Column> = [
  { header: '序号', type: 'seq', width: 6 },
  { header: '企业名称', type: 'text', width: 34 },
  { header: '统一社会信用代码', type: 'code', width: 21 },
  { header: '销售渠道', type: 'text', width: 14 },
  { header: '采购金额', type: 'money', width: 14 },
  { header: '奖补金额', type: 'money', width: 13 },
  { header: '备注', type: 'text', width: 16 },
];
