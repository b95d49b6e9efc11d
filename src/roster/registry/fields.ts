import { normaliseHeader } from '../headers';

/** The columns of a person table exported from the national poverty-monitoring system (全国防返贫监测信息系统). */
export type RegistryField =
  | 'householdNo'
  | 'personNo'
  | 'name'
  | 'idType'
  | 'id'
  | 'relation'
  | 'householdType'
  | 'povertyStatus'
  | 'liftedYear'
  | 'statusDate'
  | 'monitoringKind'
  | 'identified'
  | 'riskEliminated'
  | 'eliminated'
  | 'student'
  | 'labour'
  | 'working'
  | 'workPlace'
  | 'workEmployer';

/** The columns of a death list. */
export type DeathField = 'name' | 'id' | 'deathDate' | 'source';

/**
 * Headers as the system names them, and the variants counties' copies and older exports use, in normal form
 * (normaliseHeader: half-width, no spaces or marks). A bracketed unit is ignored ('识别监测时间（年月日）').
 */
export const REGISTRY_HEADERS: Readonly<Record<RegistryField, ReadonlyArray<string>>> = {
  householdNo: ['户编号', '户码', '户编码', '家庭编号', '户号'],
  personNo: ['人编号', '人员编号', '人员编码', '个人编号', '人编码'],
  name: ['姓名', '人员姓名', '成员姓名', '家庭成员姓名'],
  idType: ['证件类型', '证件种类', '身份证件类型'],
  id: ['证件号码', '身份证号码', '身份证号', '身份证件号码', '公民身份号码', '证件号', '残疾人证号'],
  relation: ['与户主关系', '与户主的关系', '家庭关系'],
  householdType: ['户类型', '户类别', '户属性'],
  povertyStatus: ['脱贫状态', '贫困户状态', '户脱贫状态', '脱贫户状态'],
  liftedYear: ['脱贫年度', '脱贫年份', '脱贫时间'],
  statusDate: ['脱贫状态变更时间', '状态变更时间', '状态变更日期', '不再享受政策时间', '标注不再享受政策时间'],
  monitoringKind: ['监测对象类别', '监测对象类型', '监测类型', '监测户类型'],
  identified: ['识别监测时间', '纳入监测时间', '识别时间', '纳入监测日期', '识别监测日期'],
  riskEliminated: ['风险是否已消除', '是否消除风险', '风险消除情况', '风险是否消除'],
  eliminated: ['风险消除时间', '消除风险时间', '风险消除日期'],
  student: ['在校生状况', '在校生情况', '是否在校生', '在校状况'],
  labour: ['劳动技能', '劳动能力', '劳动力类型'],
  working: ['是否务工', '务工状态', '是否外出务工'],
  workPlace: ['务工地点', '务工省份', '务工区域', '务工所在地', '务工地'],
  workEmployer: ['务工单位', '务工企业', '务工单位名称', '就业单位'],
};

export const DEATH_HEADERS: Readonly<Record<DeathField, ReadonlyArray<string>>> = {
  name: ['姓名', '死者姓名', '人员姓名'],
  id: ['身份证号码', '证件号码', '公民身份号码', '身份证号', '身份证件号码'],
  deathDate: ['死亡日期', '死亡时间', '死亡日', '注销日期'],
  source: ['数据来源', '来源', '信息来源'],
};

const BRACKETED = /[(（【[][^)）】\]]*[)）】\]]/g;

function byHeader<F extends string>(table: Readonly<Record<F, ReadonlyArray<string>>>): Map<string, F> {
  const m = new Map<string, F>();
  for (const [field, words] of Object.entries(table) as Array<[F, ReadonlyArray<string>]>) for (const w of words) if (!m.has(w)) m.set(w, field);
  return m;
}

const REGISTRY_BY_HEADER = byHeader(REGISTRY_HEADERS);
const DEATH_BY_HEADER = byHeader(DEATH_HEADERS);

function fieldOf<F extends string>(m: ReadonlyMap<string, F>, v: unknown): F | undefined {
  const h = normaliseHeader(v);
  if (h === '' || h.length > 30) return undefined;
  return m.get(h) ?? m.get(h.replace(BRACKETED, ''));
}

export const registryFieldOfHeader = (v: unknown): RegistryField | undefined => fieldOf(REGISTRY_BY_HEADER, v);
export const deathFieldOfHeader = (v: unknown): DeathField | undefined => fieldOf(DEATH_BY_HEADER, v);
