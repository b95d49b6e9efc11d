/**
 * The canonical register of persons paid (已发放登记). The pane appends to it with exactly these headers; the engine
 * reads it (and any other sheet with an ID column) as history.
 */
export const PAID_REGISTER = {
  sheetName: '已发放登记',
  headers: ['身份证号码', '姓名', '用工单位', '统一社会信用代码', '补贴金额', '补贴类型', '措施', '月数', '发放日期', '来源'],
} as const;
