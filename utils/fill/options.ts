/**
 * Chooses the option of a select, or the radio of a group, that stands for a profile value.
 * Matching is exact: by value, by visible text, or by the text with a code decoration removed
 * (`116-日本`, `宁波海关(3100)`). A substring never matches, so 宁波海关 never picks 宁波北仑海关.
 */
import { radioOptionText } from './labels';
import { collapseWhitespace } from './text';

export type Choice<T> = { kind: 'match'; item: T } | { kind: 'none' } | { kind: 'ambiguous' };

/** A code in an option text: digits, two or three capitals, or capitals mixed with digits. */
const CODE = String.raw`(?:\d{1,10}|[A-Z]{2,3}|(?=[A-Z0-9]*\d)[A-Z0-9]{2,10})`;
const LEADING_CODE = new RegExp(String.raw`^(${CODE})\s*[-—:：|\s]\s*(.+)$`);
const TRAILING_CODE = new RegExp(String.raw`^(.+?)\s*[-—:：|\s]\s*(${CODE})$`);
const BRACKETED_CODE = new RegExp(String.raw`^(.+?)\s*[(（\[【]\s*(${CODE})\s*[)）\]】]$`);
const LATIN_NAME = String.raw`[A-Za-z](?:[A-Za-z .,&'()-]*[A-Za-z.)])?`;
const HAN_THEN_LATIN = new RegExp(String.raw`^([\u3400-\u9fff]+)\s+(${LATIN_NAME})$`);
const LATIN_THEN_HAN = new RegExp(String.raw`^(${LATIN_NAME})\s+([\u3400-\u9fff]+)$`);

/**
 * Returns the forms an option text may be compared in: the text itself, and its parts when it
 * joins a code and a name (`116-日本`, `日本(116)`) or a Chinese and an English name (`日本 Japan`).
 */
export function optionTextVariants(text: string): string[] {
  const collapsed = collapseWhitespace(text);
  const variants = new Set([collapsed]);
  for (const pattern of [LEADING_CODE, TRAILING_CODE, BRACKETED_CODE, HAN_THEN_LATIN, LATIN_THEN_HAN]) {
    const match = pattern.exec(collapsed);
    if (match?.[1] && match[2]) {
      variants.add(match[1].trim());
      variants.add(match[2].trim());
    }
  }
  return [...variants];
}

/** Compares Latin text without case, because option lists write JAPAN, Japan or japan. */
function sameLatinText(a: string, b: string): boolean {
  return /^[\x20-\x7e]+$/.test(a) && a.toLowerCase() === b.toLowerCase();
}

interface Candidate<T> {
  item: T;
  value: string;
  text: string;
}

/** Picks the single candidate that matches in the first tier with any match. */
function chooseAmong<T>(candidates: readonly Candidate<T>[], targets: readonly string[]): Choice<T> {
  const nonEmptyTargets = targets.filter((target) => target !== '');
  const tiers: ((candidate: Candidate<T>) => boolean)[] = [
    (candidate) => nonEmptyTargets.includes(candidate.value),
    (candidate) => nonEmptyTargets.includes(collapseWhitespace(candidate.text)),
    (candidate) => optionTextVariants(candidate.text).some((variant) => nonEmptyTargets.includes(variant)),
    (candidate) =>
      optionTextVariants(candidate.text).some((variant) => nonEmptyTargets.some((target) => sameLatinText(target, variant))),
  ];
  for (const matches of tiers) {
    const found = candidates.filter(matches);
    const distinct = new Set(found.map((candidate) => candidate.item));
    if (distinct.size === 1 && found[0]) return { kind: 'match', item: found[0].item };
    if (distinct.size > 1) return { kind: 'ambiguous' };
  }
  return { kind: 'none' };
}

/** Chooses the option of a select for the targets. Placeholder options (empty value) and disabled ones are never chosen. */
export function chooseOption(select: HTMLSelectElement, targets: readonly string[]): Choice<HTMLOptionElement> {
  const candidates = Array.from(select.options)
    .filter((option) => option.value !== '' && !option.disabled)
    .map((option) => ({ item: option, value: option.value, text: option.text }));
  return chooseAmong(candidates, targets);
}

/** Chooses the radio of a group whose value or label text equals one of the targets. */
export function chooseRadio(radios: readonly HTMLInputElement[], targets: readonly string[]): Choice<HTMLInputElement> {
  const candidates = radios
    .filter((radio) => !radio.disabled)
    .map((radio) => ({ item: radio, value: radio.value, text: radioOptionText(radio) }));
  return chooseAmong(candidates, targets);
}
