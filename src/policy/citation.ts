import type { DocumentRecord } from './policyRecords';
import type { Text } from './text';
import { text } from './text';

/** A document as an explanation names it: title, 文号 where known, issuing body and date. */
export function documentText(d: DocumentRecord): Text {
  const numberZh = d.number ? `（${d.number}）` : '';
  const numberEn = d.number ? ` (${d.number})` : '';
  return text(`${d.title.zh}${numberZh}，${d.issuer.zh}，${d.date}`, `${d.title.en}${numberEn}, ${d.issuer.en}, ${d.date}`);
}

/** The id in data/documents.csv of the eleven measures, which every measure's explanation cites. */
export const ELEVEN_MEASURES_ID = 'eleven_measures';

export const MEASURE_ARTICLE: Readonly<Record<number, Text>> = {
  1: text('第一条 加强防返贫动态监测和帮扶', 'Measure 1: dynamic monitoring and support against returning to poverty'),
  3: text('第三条 支持联农带农产业发展', 'Measure 3: industries that drive farmers'),
  4: text('第四条 保持小额信贷政策连续稳定', 'Measure 4: micro-credit'),
  6: text('第六条 落实跨省务工交通补助', 'Measure 6: cross-province travel subsidy'),
  7: text('第七条 鼓励企业吸纳就业', 'Measure 7: employers hiring'),
  9: text('第九条 支持开发公益岗位', 'Measure 9: temporary public-welfare posts'),
  10: text('第十条 推动企业参与消费帮扶', 'Measure 10: consumption support'),
};
