// Words for the vocabulary as analysts read them: "End user", "buys from", "China".
import {
  ENTITY_KIND_INFO,
  type EntityKind,
  type RelationshipType,
  type Status,
} from '@detour/domain';

export function kindLabel(kind: EntityKind): string {
  return ENTITY_KIND_INFO[kind].label;
}

/** "BUYS_FROM" → "buys from": the verb between the two ends of a relationship. */
export function relationshipLabel(type: RelationshipType): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** "confirmed" → "Confirmed". */
export function statusLabel(status: Status): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "CN" → "China"; unknown codes come back as given. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A `lang` for a name written in a CJK script, so the browser picks a matching font; undefined for
 * other scripts. Han alone is taken as Chinese, the usual case in Detour's data.
 */
export function scriptLang(text: string): string | undefined {
  if (KANA.test(text)) return 'ja';
  if (HANGUL.test(text)) return 'ko';
  if (HAN.test(text)) return 'zh';
  return undefined;
}
