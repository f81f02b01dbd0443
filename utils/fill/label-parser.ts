/**
 * Reads a label or a field name into party, role and attribute, with the words of a vocabulary
 * (see `vocabulary.ts`) that the caller passes in. The worker runs it while deciding a fill, so
 * the injected fill script does not bundle it. A label is
 * recognised only when nothing but filler remains once its parts are removed, so 联系人籍贯 is not
 * taken for 联系人 and 企业注册号 is not taken for a code the profile has.
 */
import { hanPart, latinPart, normalizeLabel } from './text';
import type { Attribute, ParsedLabel, Party, Role, Vocabulary } from './vocabulary';

interface Match<K> {
  key: K;
  start: number;
  length: number;
}

/** A pattern of a vocabulary table as it is searched for. */
interface Needle<K> {
  key: K;
  /** The pattern, with a space on each side when it must match whole words. */
  needle: string;
  length: number;
}

/**
 * The patterns of each table in search order, built once per table because a label is searched
 * for hundreds of them. Han patterns match anywhere, and Latin phrases match on word boundaries.
 */
const hanNeedles = new WeakMap<object, Needle<string>[]>();
const latinNeedles = new WeakMap<object, Needle<string>[]>();

function needlesOf<K extends string>(table: Readonly<Record<K, readonly string[]>>, wholeWords: boolean): Needle<K>[] {
  const cache = wholeWords ? latinNeedles : hanNeedles;
  const cached = cache.get(table);
  if (cached) return cached as Needle<K>[];
  const needles: Needle<K>[] = [];
  for (const key of Object.keys(table) as K[]) {
    for (const pattern of table[key]) {
      if (pattern.length === 0) continue;
      needles.push({ key, needle: wholeWords ? ` ${pattern} ` : pattern, length: pattern.length });
    }
  }
  cache.set(table, needles);
  return needles;
}

/**
 * Returns the longest pattern of the table found in the text, or null when none or when two keys
 * tie. With `wholeWords`, the text is space-separated words and a phrase matches whole words only.
 */
function findLongest<K extends string>(
  text: string,
  table: Readonly<Record<K, readonly string[]>>,
  wholeWords: boolean,
): Match<K> | null {
  const haystack = wholeWords ? ` ${text} ` : text;
  let best: Match<K> | null = null;
  let tied = false;
  for (const { key, needle, length } of needlesOf(table, wholeWords)) {
    // In the padded text, a whole-word match starts one character later than its leading space.
    const start = haystack.indexOf(needle);
    if (start < 0) continue;
    if (!best || length > best.length) {
      best = { key, start, length };
      tied = false;
    } else if (length === best.length && key !== best.key) {
      tied = true;
    }
  }
  return tied ? null : best;
}

function removeSpan(text: string, match: Match<string>, separator: string): string {
  return (text.slice(0, match.start) + separator + text.slice(match.start + match.length)).trim();
}

interface Grammar {
  attributes: Readonly<Record<Attribute, readonly string[]>>;
  roles: Readonly<Record<Role, readonly string[]>>;
  parties: Readonly<Record<Party, readonly string[]>>;
  filler: readonly string[];
  wholeWords: boolean;
  separator: string;
}

interface Grammars {
  han: Grammar;
  latin: Grammar;
}

/** The grammars of each vocabulary, built once so that the caches below can key on them. */
const grammarsByVocabulary = new WeakMap<Vocabulary, Grammars>();

function grammarsOf(vocabulary: Vocabulary): Grammars {
  let grammars = grammarsByVocabulary.get(vocabulary);
  if (!grammars) {
    grammars = {
      han: {
        attributes: vocabulary.hanAttributes,
        roles: vocabulary.hanRoles,
        parties: vocabulary.hanParties,
        filler: vocabulary.hanFiller,
        wholeWords: false,
        separator: '|',
      },
      latin: {
        attributes: vocabulary.latinAttributes,
        roles: vocabulary.latinRoles,
        parties: vocabulary.latinParties,
        filler: vocabulary.latinFiller,
        wholeWords: true,
        separator: ' ',
      },
    };
    grammarsByVocabulary.set(vocabulary, grammars);
  }
  return grammars;
}

function isOnlyFiller(residue: string, grammar: Grammar): boolean {
  const pieces = residue.split(grammar.separator);
  return pieces.every((piece) => {
    if (piece === '') return true;
    if (grammar.wholeWords) return grammar.filler.includes(piece);
    return [...piece].every((char) => grammar.filler.includes(char));
  });
}

/** Parses one script's part of a label. Returns null when the part names nothing or leaves unknown words. */
function parseWith(text: string, grammar: Grammar): ParsedLabel | null {
  if (text === '') return null;
  let rest = text;
  const attribute = findLongest(rest, grammar.attributes, grammar.wholeWords);
  if (attribute) rest = removeSpan(rest, attribute, grammar.separator);
  const role = findLongest(rest, grammar.roles, grammar.wholeWords);
  if (role) rest = removeSpan(rest, role, grammar.separator);
  const party = findLongest(rest, grammar.parties, grammar.wholeWords);
  if (party) rest = removeSpan(rest, party, grammar.separator);

  if (!attribute && !role && !party) return null;
  if (!isOnlyFiller(rest, grammar)) return null;
  return { party: party?.key ?? null, role: role?.key ?? null, attribute: attribute?.key ?? null };
}

function sameParse(a: ParsedLabel, b: ParsedLabel): boolean {
  return a.party === b.party && a.role === b.role && a.attribute === b.attribute;
}

/**
 * Results of `parseWith` per script part. Forms repeat the same words in many labels (a goods
 * grid's `数量 1` … `数量 500`), so each distinct part is parsed once. The cache is cleared when
 * it grows past `MAX_CACHED_PARTS`, because the parts come from the page and are unbounded.
 */
const MAX_CACHED_PARTS = 5_000;
const cachedParts = new WeakMap<Grammar, Map<string, ParsedLabel | null>>();

function parseCached(text: string, grammar: Grammar): ParsedLabel | null {
  let cache = cachedParts.get(grammar);
  if (!cache) {
    cache = new Map();
    cachedParts.set(grammar, cache);
  }
  let parse = cache.get(text);
  if (parse === undefined) {
    if (cache.size >= MAX_CACHED_PARTS) cache.clear();
    parse = parseWith(text, grammar);
    cache.set(text, parse);
  }
  // A copy, so a caller that changes its result cannot change the cached one.
  return parse && { ...parse };
}

function parseNormalized(label: string, grammars: Grammars): ParsedLabel | null {
  const han = hanPart(label);
  const latin = latinPart(label);
  const hanParse = parseCached(han, grammars.han);
  const latinParse = parseCached(latin, grammars.latin);
  if (hanParse && latinParse) return sameParse(hanParse, latinParse) ? hanParse : null;
  return hanParse ?? latinParse;
}

/**
 * Parses a visible label such as `*企业中文名称：` or `Company Name (English)`. A bilingual label
 * is read in both scripts, and the two readings must agree. A label that offers alternatives,
 * such as `统一社会信用代码/组织机构代码`, is read by its first recognised alternative, which is
 * the one the portal lists first. Returns null for an unrecognised label.
 */
export function parseLabelWith(text: string, vocabulary: Vocabulary): ParsedLabel | null {
  const label = normalizeLabel(text);
  if (label === '' || label.length > 60) return null;
  const grammars = grammarsOf(vocabulary);
  const whole = parseNormalized(label, grammars);
  if (whole || !/[/|]/.test(label)) return whole;
  for (const alternative of label.split(/[/|]/)) {
    const parse = parseNormalized(alternative.trim(), grammars);
    if (parse) return parse;
  }
  return null;
}

/** Splits `entInfo.legalPersonTel` into lower-case candidates: segments, camel-case tails and joined neighbours. */
function nameCandidates(identifier: string): string[] {
  const segments = identifier.split(/[^A-Za-z]+/).filter((segment) => segment !== '');
  const candidates = new Set<string>();
  segments.forEach((segment, index) => {
    const words = segment.split(/(?=[A-Z])/);
    for (let start = 0; start < words.length; start++) {
      candidates.add(words.slice(start).join('').toLowerCase());
    }
    const next = segments[index + 1];
    if (next !== undefined) candidates.add((segment + next).toLowerCase());
  });
  return [...candidates];
}

/** Parses a field's name or id by its longest known token, such as `qyzwmc` or `contactTel`. Returns null when none is known. */
export function parseFieldNameWith(identifier: string, vocabulary: Vocabulary): ParsedLabel | null {
  let best: { token: string; parse: ParsedLabel } | null = null;
  for (const candidate of nameCandidates(identifier)) {
    // An own-property check, because a name such as `constructor` must not find Object's members.
    const parse = Object.hasOwn(vocabulary.nameTokens, candidate) ? vocabulary.nameTokens[candidate] : undefined;
    if (parse && (!best || candidate.length > best.token.length)) best = { token: candidate, parse };
  }
  return best ? { ...best.parse } : null;
}
