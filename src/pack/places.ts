import type { Province } from './minimum-wage.js';
import type { PlacesData } from './schema.js';

// Province and district names as employer files write them: English or Thai,
// with or without จังหวัด / อำเภอ / เขต, abbreviations (กทม., กรุงเทพฯ), spaces, DOPA codes.
// The words and names are data (minimum-wage/places.yaml); this only compares them.

export interface District {
  province: string;
  code?: string;
  en: string;
  th: string;
}

export const norm = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.\-_'’]/g, '');

export class PlaceNames {
  private readonly provinceKeys = new Map<string, string>();
  private readonly districtsOf = new Map<string, District[]>();

  constructor(private readonly data: PlacesData) {
    for (const [code, aliases] of Object.entries(data.province_aliases))
      for (const a of aliases) this.provinceKeys.set(norm(a), code);
    for (const d of data.districts) {
      const list = this.districtsOf.get(d.province) ?? [];
      list.push(d);
      this.districtsOf.set(d.province, list);
    }
  }

  /** The text without a leading or trailing word such as จังหวัด / อำเภอ / Province, if it has one. */
  private variants(text: string, prefixes: string[], suffixes: string[]): string[] {
    const t = text.normalize('NFC').trim();
    const out = [t];
    for (const p of prefixes) {
      const lower = t.toLowerCase();
      const word = p.toLowerCase();
      // Thai words and abbreviations run into the name (อำเภอเมือง, อ.เมือง); English ones are words.
      const ascii = /^[a-z ]+$/.test(word);
      if (lower.startsWith(word) && t.length > word.length && (!ascii || /\s/.test(t[word.length]))) {
        out.push(t.slice(word.length).trim());
        break;
      }
    }
    for (const s of suffixes) {
      const m = new RegExp(`\\s+${s}$`, 'i').exec(t);
      if (m) out.push(t.slice(0, m.index).trim());
    }
    return out.map((v) => this.spell(norm(v)));
  }

  private spell(k: string): string {
    let s = k;
    for (const [from, to] of Object.entries(this.data.spellings)) s = s.replaceAll(norm(from), norm(to));
    return s;
  }

  /** Normalised forms of a province text to look up, prefixes and abbreviations resolved to a code when known. */
  provinceKeysOf(text: string): string[] {
    const keys = this.variants(text, this.data.province_prefixes, this.data.province_suffixes);
    const out: string[] = [];
    for (const k of keys) {
      out.push(k);
      const code = this.provinceKeys.get(k);
      if (code) out.push(code);
    }
    return out;
  }

  /**
   * The parts of a workplace written as an address (ต.บางพระ อ.ศรีราชา จ.ชลบุรี 20110, เขตบางรัก
   * กรุงเทพฯ 10500, Si Racha, Chon Buri 20110), each as its own column would hold it: Thai
   * words split at spaces (a prefix written apart joins its name), English at commas, postcodes
   * dropped.
   */
  addressParts(text: string): string[] {
    const prefixes = [...this.data.province_prefixes, ...this.data.district_prefixes].map((p) =>
      p.toLowerCase(),
    );
    const parts: string[] = [];
    for (const phrase of text.normalize('NFC').split(/[,()]+/)) {
      const words = /[\u0E00-\u0E7F]/.test(phrase)
        ? phrase.split(/\s+/)
        : [phrase.trim().replace(/\s+\d{5}$/, '')];
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '' || /^\d+$/.test(w)) continue;
        if (prefixes.includes(w.toLowerCase()) && i + 1 < words.length) parts.push(`${w}${words[++i]}`);
        else parts.push(w);
      }
    }
    return parts;
  }

  /** Whether a part of an address names a district by its word (อ.ศรีราชา, อำเภอเมือง, เขตบางรัก, Amphoe Mueang). */
  isDistrictPart(part: string): boolean {
    const lower = part.toLowerCase();
    return this.data.district_prefixes.some((p) => {
      const word = p.toLowerCase();
      return (
        lower.startsWith(word) &&
        lower.length > word.length &&
        (!/^[a-z ]+$/.test(word) || lower[word.length] === ' ')
      );
    });
  }

  /** Whether the tool knows districts of this province (so that an unknown one is worth a warning). */
  hasDistricts(p: Province): boolean {
    return this.districtsOf.has(p.code);
  }

  /** A district of the province by DOPA code, English or Thai name, or "เมือง" / Mueang for the capital district. */
  district(p: Province, text: string): District | undefined {
    const list = this.districtsOf.get(p.code) ?? [];
    const capitals = new Set(this.data.capital_district.map((c) => this.spell(norm(c))));
    for (const k of this.variants(text, this.data.district_prefixes, this.data.district_suffixes)) {
      const hit = list.find(
        (d) => d.code === k || this.spell(norm(d.en)) === k || norm(d.th) === k || `${norm(d.en)}` === k,
      );
      if (hit) return hit;
      // "เมือง", "Mueang", or the province's own name for its capital district.
      const capitalName = capitals.has(k) || k === this.spell(norm(p.en)) || k === norm(p.th);
      const spelled = capitalName ? this.spell(norm(`mueang ${p.en}`)) : undefined;
      const capital = spelled ? list.find((d) => this.spell(norm(d.en)) === spelled) : undefined;
      if (capital) return capital;
      const thaiCapital = list.find((d) => norm(d.th) === `เมือง${k}`);
      if (thaiCapital && k === norm(p.th)) return thaiCapital;
    }
    return undefined;
  }
}
