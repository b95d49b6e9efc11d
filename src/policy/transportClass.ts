import { toHalfWidth } from './inputs';
import type { Text } from './text';
import { text } from './text';

/** Measure 6 names the allowed classes: hard seat, hard sleeper, high-speed/EMU second class, economy air, bus. */
export type TransportClassId =
  | 'hard_seat'
  | 'hard_sleeper'
  | 'rail_second'
  | 'air_economy'
  | 'bus'
  | 'soft_seat'
  | 'soft_sleeper'
  | 'rail_first'
  | 'rail_business'
  | 'air_premium'
  | 'charter';

interface ClassInfo {
  readonly name: Text;
  readonly allowed: boolean;
  readonly words: RegExp;
}

export const TRANSPORT_CLASSES: Readonly<Record<TransportClassId, ClassInfo>> = {
  hard_seat: { name: text('硬座', 'hard seat'), allowed: true, words: /^(火车)?硬座$|^HARD ?SEAT$/i },
  hard_sleeper: { name: text('硬卧', 'hard sleeper'), allowed: true, words: /^(火车)?硬卧$|^HARD ?SLEEPER$/i },
  rail_second: { name: text('高铁/动车二等座', 'high-speed/EMU second class'), allowed: true, words: /^((高铁|动车|高铁动车|动车组)?二等座?|二等)$|^(SECOND|2ND)( CLASS)?$/i },
  air_economy: { name: text('飞机经济舱', 'economy class air'), allowed: true, words: /^(飞机)?经济舱$|^ECONOMY( CLASS)?$/i },
  bus: { name: text('汽车', 'bus/coach'), allowed: true, words: /^(汽车|客车|大巴|长途汽车|长途客车|大客车|班车)$|^(BUS|COACH)$/i },
  soft_seat: { name: text('软座', 'soft seat'), allowed: false, words: /^(火车)?软座$|^SOFT ?SEAT$/i },
  soft_sleeper: { name: text('软卧', 'soft sleeper'), allowed: false, words: /^(火车)?(高级)?软卧$|^(动卧)$|^SOFT ?SLEEPER$/i },
  rail_first: { name: text('一等座', 'first class (rail)'), allowed: false, words: /^((高铁|动车)?一等座?|特等座)$|^(FIRST|1ST)( CLASS)?$/i },
  rail_business: { name: text('商务座', 'business class (rail)'), allowed: false, words: /^(高铁|动车)?商务座$/ },
  air_premium: { name: text('头等舱/公务舱', 'first/business class air'), allowed: false, words: /^(飞机)?(头等舱|公务舱|商务舱|超级经济舱)$|^BUSINESS( CLASS)?$/i },
  charter: { name: text('包车（由组织输出方按实际费用申领，不按个人补助）', 'chartered transport (the organiser claims the actual cost; not a personal subsidy)'), allowed: false, words: /^(包车|包机|专列|专车)$|^CHARTER$/i },
};

export function transportClassOf(value: string): { ok: true; id: TransportClassId; allowed: boolean; name: Text } | { ok: false } {
  const s = toHalfWidth(value).replace(/\s+/g, ' ').trim();
  for (const [id, info] of Object.entries(TRANSPORT_CLASSES) as Array<[TransportClassId, ClassInfo]>) {
    if (info.words.test(s)) return { ok: true, id, allowed: info.allowed, name: info.name };
  }
  return { ok: false };
}
