import { compareIso } from '../base/calendar.js';
import { type Reason, reason } from '../findings/reasons.js';
import type { ParamUse } from './params.js';
import type { PlaceNames } from './places.js';

// The minimum wage on a date (docs/rules.md, What it computes): the highest of the province-wide rate in
// force, the district rate where the workplace district has one, and a sector overlay in
// force for the employee's sector. A date before the first value is undetermined.

export interface Province {
  code: string;
  en: string;
  th: string;
}

export interface WageRow {
  provinceCode: string;
  district: string;
  from: string;
  dailySatang: number;
  notification: string;
}

export interface Overlay {
  sector: string;
  from: string;
  to?: string;
  dailySatang: number;
  areas?: { province: string; districts?: string[] }[];
  appliesToSectors: string[];
  condition: string;
  notification: string;
  source: string;
}

export interface Notification {
  title: string;
  effective: string;
  gazette?: string;
  source: string;
}

export interface WageAnswer {
  dailySatang: number;
  from: string;
  notification: string;
  source: string;
  /** Which table gave the highest rate: province, district or sector. */
  basis: 'province' | 'district' | 'sector';
  province: Province;
  district?: string;
  candidates: { basis: string; dailySatang: number; from: string; notification: string }[];
}

export type WageResult = { ok: true; wage: WageAnswer } | { ok: false; reason: Reason };

export const norm = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.\-_']/g, '');

export class MinimumWageTable {
  private readonly byKey = new Map<string, Province>();
  private readonly rows = new Map<string, WageRow[]>();

  constructor(
    readonly provinces: Province[],
    wageRows: WageRow[],
    readonly overlays: Overlay[],
    readonly notifications: Record<string, Notification>,
    readonly places?: PlaceNames,
  ) {
    for (const p of provinces) {
      this.byKey.set(norm(p.code), p);
      this.byKey.set(norm(p.en), p);
      this.byKey.set(norm(p.th), p);
    }
    for (const r of wageRows) {
      const list = this.rows.get(r.provinceCode) ?? [];
      list.push(r);
      this.rows.set(r.provinceCode, list);
    }
    for (const list of this.rows.values()) list.sort((a, b) => compareIso(a.from, b.from));
  }

  /** A province by DOPA code, English or Thai name (case, spaces and dots ignored). */
  province(text: string): Province | undefined {
    const k = norm(text);
    const direct = this.byKey.get(k) ?? this.byKey.get(k.replace(/^0+/, ''));
    if (direct) return direct;
    // จังหวัดเชียงใหม่, กทม., กรุงเทพฯ, Korat: the words and abbreviations in places.yaml.
    for (const key of this.places?.provinceKeysOf(text) ?? []) {
      const hit = this.byKey.get(key);
      if (hit) return hit;
    }
    // Common English spellings: "Chonburi" for "Chon Buri", "Bangkok Metropolis".
    for (const p of this.provinces)
      if (k.startsWith(norm(p.en)) && k.length - norm(p.en).length <= 10) return p;
    return undefined;
  }

  /** The latest notification the table knows, for the data-freshness warning. */
  latestNotification(): { key: string; effective: string } | undefined {
    let best: { key: string; effective: string } | undefined;
    for (const [key, n] of Object.entries(this.notifications)) {
      if (!best || n.effective > best.effective) best = { key, effective: n.effective };
    }
    return best;
  }

  /** First date any rate is in force, for a province. */
  firstDate(p: Province): string | undefined {
    return this.rows.get(p.code)?.[0]?.from;
  }

  /** Distinct dates on which some rate for this workplace may change (for splitting periods). */
  changeDates(p: Province): string[] {
    const dates = new Set<string>();
    for (const r of this.rows.get(p.code) ?? []) dates.add(r.from);
    for (const o of this.overlays) {
      dates.add(o.from);
      if (o.to) dates.add(nextIso(o.to));
    }
    return [...dates].sort();
  }

  /**
   * The workplace as its cells name it, reading a province cell that holds an address (ต.บางพระ
   * อ.ศรีราชา จ.ชลบุรี 20110): the province it ends with, and its district when the district cell
   * is empty. A cell that names no province stays as it is (undetermined: unknown province).
   */
  placeOf<T extends { province?: string; district?: string }>(place: T): T {
    if (!place.province || !this.places || this.province(place.province)) return place;
    const parts = this.places.addressParts(place.province);
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = this.places.isDistrictPart(parts[i]) ? undefined : this.province(parts[i]);
      if (!p) continue;
      // A district by its word (อ.ศรีราชา), else a part the province's district list knows (Mueang Chiang Mai).
      const others = parts.filter((_, k) => k !== i);
      const district =
        place.district ||
        others.find((x) => this.places!.isDistrictPart(x)) ||
        others.find((x) => this.places!.district(p, x));
      return { ...place, province: parts[i], ...(district ? { district } : {}) };
    }
    return place;
  }

  on(date: string, cells: { province?: string; district?: string; sector?: string }): WageResult {
    if (!cells.province) return { ok: false, reason: reason('no_province') };
    const place = this.placeOf(cells);
    const p = this.province(place.province!);
    if (!p) return { ok: false, reason: reason('unknown_province', { province: cells.province }) };
    const candidates: WageAnswer['candidates'] = [];
    let provinceRow: WageRow | undefined;
    let districtRow: WageRow | undefined;
    const district = place.district ? norm(this.districtName(p, place.district)) : '';
    for (const r of this.rows.get(p.code) ?? []) {
      if (r.from > date) continue;
      if (r.district === '') provinceRow = r;
      else if (district && matchDistrict(r.district, district)) districtRow = r;
    }
    if (!provinceRow) {
      return {
        ok: false,
        reason: reason('no_minimum_wage_on', {
          province: p.en,
          province_th: p.th,
          date,
          first: this.firstDate(p) ?? 'nowhere',
          first_th: this.firstDate(p) ?? 'ไม่มี',
        }),
      };
    }
    const pick = (basis: WageAnswer['basis'], r: WageRow) => ({
      basis,
      dailySatang: r.dailySatang,
      from: r.from,
      notification: r.notification,
      source: this.notifications[r.notification]?.source ?? r.notification,
    });
    const options = [pick('province', provinceRow)];
    if (districtRow) options.push(pick('district', districtRow));
    if (place.sector) {
      for (const o of this.overlays) {
        if (!o.appliesToSectors.includes(place.sector)) continue;
        if (o.from > date || (o.to && o.to < date)) continue;
        if (o.areas && !o.areas.some((a) => inArea(a, p, district))) continue;
        options.push({
          basis: 'sector',
          dailySatang: o.dailySatang,
          from: o.from,
          notification: o.notification,
          source: o.source,
        });
      }
    }
    let best = options[0];
    for (const o of options) {
      candidates.push({
        basis: o.basis,
        dailySatang: o.dailySatang,
        from: o.from,
        notification: o.notification,
      });
      if (o.dailySatang > best.dailySatang) best = o;
    }
    return {
      ok: true,
      wage: {
        dailySatang: best.dailySatang,
        from: best.from,
        notification: best.notification,
        source: best.source,
        basis: best.basis,
        province: p,
        district: districtRow?.district,
        candidates,
      },
    };
  }

  /** A district's English name as the tables write it (อำเภอเมืองเชียงใหม่ -> Mueang Chiang Mai), else the text. */
  districtName(p: Province, text: string): string {
    return this.places?.district(p, text)?.en ?? text;
  }

  /**
   * Why a workplace's district is not one the tool knows, when it could decide the rate (its
   * province has district rates or overlay areas): the province rate is then used, and said.
   */
  unknownDistrict(place: { province?: string; district?: string }): string | undefined {
    const u = this.unknownPlace(place);
    return (
      u &&
      `district "${u.district}" is not one the tool knows in ${u.province.en}: its rate is taken as the province's`
    );
  }

  /** The same, as the district and its province. */
  unknownPlace(cells: {
    province?: string;
    district?: string;
  }): { district: string; province: Province } | undefined {
    let { province, district } = cells;
    ({ province, district } = this.placeOf({ province, district }));
    if (!province || !district || !this.places) return undefined;
    const p = this.province(province);
    if (!p || !this.places.hasDistricts(p) || this.places.district(p, district)) return undefined;
    return { district, province: p };
  }

  /** As a parameter use, for provenance in findings. */
  static use(w: WageAnswer): ParamUse {
    return {
      value: w.dailySatang / 100,
      from: w.from,
      source: `${w.notification} (${w.basis}: ${w.province.en}${w.district ? `, ${w.district}` : ''})`,
    };
  }
}

function matchDistrict(tableDistrict: string, wanted: string): boolean {
  const t = norm(tableDistrict);
  return (
    t === wanted || t === `mueang${wanted}` || t.replace(/^amphoe/, '') === wanted.replace(/^amphoe/, '')
  );
}

function inArea(a: { province: string; districts?: string[] }, p: Province, district: string): boolean {
  if (norm(a.province) !== norm(p.en)) return false;
  if (!a.districts) return true;
  return district !== '' && a.districts.some((d) => matchDistrict(d, district));
}

function nextIso(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
