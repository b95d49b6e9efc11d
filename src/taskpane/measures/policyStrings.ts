import { text } from '../../policy';

/** Words of the 政策 view's readings and of the readings in 设置. */
export const P = {
  readingsTitle: text('条文的解读', 'Readings of the clauses'),
  readingsIntro: text(
    '措施原文有歧义之处，加载项采用下列解读；每个计算结果和每份校验报告都写明所用的解读。标有“可更改”的，县里可在“设置”中改为其他理解。',
    'Where the measures are ambiguous the add-in takes these readings; every result and every report names the readings used. Those marked "can be changed" may be set otherwise by a county in Settings.',
  ),
  clause: text('条文', 'Clause'),
  reading: text('采用的解读', 'Reading taken'),
  reason: text('理由', 'Reason'),
  alternatives: text('其他理解', 'Alternatives'),
  shipped: text('（默认）', ' (as shipped)'),
  setByCounty: text('（本县设定，默认为：{option}）', ' (set by the county; shipped: {option})'),
  changeable: text('可更改', 'can be changed'),
  settingsReadings: text('解读', 'Readings'),
  settingsReadingsHint: text(
    '更改后，本工作簿此后的校验按新的解读进行，报告中写明所改的解读；保存在本工作簿中。',
    'The checks of this workbook follow the reading chosen from now on, and the reports state it; saved in this workbook.',
  ),
  // The clause and the chosen option's words, never the reading's or the option's id.
  settingsReadingSaved: text('已保存到本工作簿：“{clause}”按“{option}”理解。', 'Saved in this workbook: "{clause}" is read as: {option}.'),
  // Readings of another version have no words here: how many, not their ids.
  settingsReadingsIgnored: text('工作簿中保存的 {count} 项解读本版本不认识，已忽略。', 'This version does not know {count} reading saved in the workbook, so it is ignored.|This version does not know {count} readings saved in the workbook, so they are ignored.'),
  allMeasures: text('各项措施', 'all measures'),
} as const;
