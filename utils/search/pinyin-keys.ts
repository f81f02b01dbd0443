/** Pinyin spellings of Chinese names, computed once when the index is built. */
import { pinyin } from 'pinyin-pro';

/** A pinyin spelling of a Chinese name, or of its tail from one syllable on. */
export interface PinyinKey {
  /** Lower-case letters without tones or separators, with ü written `v` (`feilvbin`). */
  text: string;
  /** Whether the key starts at the name's first syllable. */
  atStart: boolean;
}

/**
 * Readings indexed besides pinyin-pro's, keyed by the name fragment they replace.
 * pinyin-pro 3.29 picks polyphone readings from its phrase list. Over the names of the
 * customs country table it reads them right (沙特阿拉伯 sha te, 厄瓜多尔 e gua, 乍得
 * zha de, 秘鲁 bi lu), except 都 in 洪都拉斯.
 */
const EXTRA_READINGS: ReadonlyMap<string, readonly string[]> = new Map([
  // pinyin-pro reads 都 in 洪都拉斯 as dōu, but the name has dū.
  ['洪都拉斯', ['hong', 'du', 'la', 'si']],
  // The standard reading is bì lǔ, but many people type mì lǔ.
  ['秘鲁', ['mi', 'lu']],
]);

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Builds the full-pinyin and initials keys of a Chinese name (日本 → `riben`, `rb`, and
 * the tails `ben`, `b`). Characters other than Han characters are skipped, so
 * 刚果（布） reads `gangguobu`. Returns no keys for a name without Han characters.
 */
export function pinyinKeys(nameZh: string): PinyinKey[] {
  const keys = new Map<string, boolean>();
  for (const syllables of readingsOf(nameZh)) {
    addTailKeys(keys, syllables);
    // The same initials pinyin-pro returns with `pattern: 'first'`.
    addTailKeys(keys, syllables.map((syllable) => syllable.charAt(0)));
  }
  return [...keys].map(([text, atStart]) => ({ text, atStart }));
}

/** Returns each reading of the name as one syllable per Han character. */
function readingsOf(nameZh: string): string[][] {
  const hanText = (nameZh.match(HAN_RUN) ?? []).join('');
  if (hanText === '') return [];

  const base = pinyin(hanText, { toneType: 'none', type: 'array', v: true });
  const readings = [base, ...extraReadings(hanText, base)];

  // IMEs take `v` for ü, but some people type `u` (feilubin), so index both.
  return readings.flatMap((reading) =>
    reading.some((syllable) => syllable.includes('v'))
      ? [reading, reading.map((syllable) => syllable.replace('v', 'u'))]
      : [reading],
  );
}

function extraReadings(hanText: string, base: readonly string[]): string[][] {
  // Fragment offsets count UTF-16 units, so they match syllable positions only when every
  // Han character is one unit, as in every name of the customs country table.
  if (base.length !== hanText.length) return [];

  const readings: string[][] = [];
  for (const [fragment, syllables] of EXTRA_READINGS) {
    const at = hanText.indexOf(fragment);
    if (at < 0) continue;
    const reading = [...base];
    reading.splice(at, fragment.length, ...syllables);
    readings.push(reading);
  }
  return readings;
}

/**
 * Adds the spelling from each syllable to the end. The key from the first syllable is
 * `atStart`.
 */
function addTailKeys(keys: Map<string, boolean>, syllables: readonly string[]): void {
  let tail = '';
  for (let index = syllables.length - 1; index >= 0; index--) {
    tail = (syllables[index] ?? '') + tail;
    const atStart = index === 0;
    if (atStart || !keys.has(tail)) keys.set(tail, atStart);
  }
}
