import type { Lang, Text } from '../policy';
import zhMetadata from './functions.zh-CN.json';

// Messages name an argument as the clerk sees it: Chinese Excel shows the parameter names of functions.zh-CN.json,
// other Excel the English names (which are the parameter names in functions.ts).
const ZH_PARAMETER_NAMES: ReadonlyMap<string, ReadonlyArray<string>> = new Map(
  zhMetadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)] as const),
);

export function argumentLabel(functionName: string, index: number, englishName: string, lang: Lang): string {
  return (lang === 'zh' && ZH_PARAMETER_NAMES.get(functionName)?.[index]) || englishName;
}

/** e.g. JL.EMPLOY_SUBSIDY 参数“入职日期”：日期为空 / JL.EMPLOY_SUBSIDY argument hire_date: the date is empty */
export function argumentMessage(functionName: string, index: number, englishName: string, message: Text, lang: Lang): string {
  const label = argumentLabel(functionName, index, englishName, lang);
  return lang === 'zh'
    ? `JL.${functionName} 参数“${label}”：${message.zh}`
    : `JL.${functionName} argument ${label}: ${message.en}`;
}
