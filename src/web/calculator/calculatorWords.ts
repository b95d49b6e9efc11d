import { text } from '../../policy';

/** Every word the calculator shows, Chinese first. {name} placeholders are filled by fill(). */
export const W = {
  title: text('JL 函数计算器', 'JL function calculator'),
  intro: text(
    '没有自定义函数的电脑也能用：每个 JL 函数一页，填写参数即可得到与 Excel 中 =JL.函数(…) 相同的结果和说明。全部在本机计算，不上传任何数据。',
    'For computers without the custom functions: one page per JL function; fill in its arguments to get the same result and explanation as =JL.FUNCTION(…) in Excel. Everything is computed on this computer; nothing is uploaded.',
  ),
  functions: text('函数', 'Functions'),
  back: text('← 全部函数', '← All functions'),
  unknown: text('没有名为“{name}”的 JL 函数。请从下面的列表中选择。', 'There is no JL function named "{name}". Choose one from the list below.'),
  optional: text('（可选）', ' (optional)'),
  fieldHint: text('空着表示空单元格。日期可写 2022-03-01 或 2022年3月1日。', 'Leave a field empty for an empty cell. Dates can be written 2022-03-01 or 2022年3月1日.'),
  calculate: text('计算', 'Calculate'),
  clear: text('清空', 'Clear'),
  result: text('结果', 'Result'),
  formula: text('相当于 Excel 公式', 'Same as the Excel formula'),
  explanation: text('说明', 'Explanation'),
  errorTitle: text('Excel 中此单元格会显示 #VALUE!', 'In Excel this cell shows #VALUE!'),
  fieldWrong: text('请修改“{field}”：{detail}', 'Please correct "{field}": {detail}'),
  callWrong: text('无法计算：{message}', 'Cannot calculate: {message}'),
  noResultYet: text('填写参数后点“计算”。', 'Fill in the arguments and press Calculate.'),
  asOfToday: text('按今天（{day}）计算，与单元格相同。', 'Computed as of today ({day}), as a cell is.'),
};
