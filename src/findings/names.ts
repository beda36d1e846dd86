// Personal names in reports: shown in full to an inspector, reduced to initials by --redact.

/** Thai leading vowels (เ แ โ ใ ไ) are written before the consonant they follow in speech. */
const THAI_LEADING_VOWEL = /^[\u0e40-\u0e44]/;
const THAI_CONSONANT = /[\u0e01-\u0e2e]/;

/** Titles are not part of the initials: "นายสมชาย ใจดี" and "Mr Somchai Jaidee" are "ส. จ." and "S. J.". */
const TITLE = /^(นางสาว|น\.ส\.|นาง|นาย|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|mr\.?|mrs\.?|ms\.?|miss)$/i;
const THAI_TITLE_PREFIX =
  /^(นางสาว|น\.ส\.|นาง|นาย|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง)(?=[\u0e01-\u0e2e\u0e40-\u0e44])/;

/**
 * "Somchai Jaidee" -> "S. J."; "สมชาย ใจดี" -> "ส. จ." (a Thai initial is the first consonant,
 * skipping a leading vowel). Words without a letter are dropped; a name without one gives "?".
 */
export function initialsOf(name: string): string {
  const out: string[] = [];
  const words = name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter((w) => !TITLE.test(w));
  if (words.length > 1) words[0] = words[0].replace(THAI_TITLE_PREFIX, '');
  for (const word of words) {
    const w = word.replace(THAI_LEADING_VOWEL, '');
    const thai = THAI_CONSONANT.exec(w);
    const letter = /\p{L}/u.exec(w);
    const pick = thai && (!letter || thai.index <= letter.index) ? thai[0] : letter?.[0];
    if (pick) out.push(`${pick.toLocaleUpperCase('en')}.`);
  }
  return out.length ? out.join(' ') : '?';
}
