import type { RulePack } from '../pack/load.js';
import type { Province } from '../pack/minimum-wage.js';
import type { District } from '../pack/places.js';
import { type Account, known } from './account.js';

// The job and the workplace are written as the worker says them ("maid at Khun Somchai's house,
// Soi 5", a village, an address ending in a province). What the screen needs of them is what
// the tool made of them: the type of workplace, the province of the minimum wage and a district
// the wage tables know. A redacted packet, and the records written beside it, show that.

/** The workplace as the minimum wage tables read it: its province, and its district when they know it. */
export interface Workplace {
  province?: Province;
  district?: District;
}

export function workplaceOf(a: Account, pack: RulePack): Workplace {
  const wages = pack.wages;
  if (!wages || !known(a.province)) return {};
  // An address in the province answer gives the province it ends with and its district.
  const place = wages.placeOf({
    province: a.province,
    ...(known(a.district) ? { district: a.district } : {}),
  });
  const province = place.province === undefined ? undefined : wages.province(place.province);
  if (!province) return {};
  const district =
    place.district === undefined ? undefined : wages.places?.district(province, place.district);
  return { province, ...(district ? { district } : {}) };
}

/** A place's name in the packet's language: Thai in Thai, else the English the tables write. */
export const placeName = (p: { en: string; th: string }, lang: string): string =>
  lang === 'th' ? p.th : p.en;
