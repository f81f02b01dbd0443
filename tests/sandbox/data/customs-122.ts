/**
 * Rules of `/standard-code/customs-122`, generated from the heading table. Each heading gives
 * one rule for the whole heading, one per 6-digit subheading and one per 8-digit national
 * line, numbered from 1 in that order. The output is the same on every call.
 *
 * The whole-heading rule is listed under the heading's code padded with `00` (`610900`), so
 * every `hsCode` is unique. A heading whose only subheading already has that code (`950300`)
 * gets no separate whole-heading rule.
 */
import { HEADINGS, type HeadingRow } from './hs-headings';

export interface Customs122Record {
  id: number;
  /** Two-digit HS chapter. */
  tariffChapter: string;
  /** Comma-separated codes the rule covers, dotted as in the tariff (`6109.10`, `6109.1010`). */
  tariffCodeList: string;
  cargoDesc: string;
  materialChangeCriteria: string;
  isStar: boolean;
  /** The 6- or 8-digit code the rule is listed under. */
  hsCode: string;
}

type RuleDraft = Omit<Customs122Record, 'id'>;

interface Subheading {
  code: string;
  description: string;
  criterion: string;
}

let cached: readonly Customs122Record[] | undefined;

export function loadCustoms122Rules(): readonly Customs122Record[] {
  cached ??= generateRules(HEADINGS);
  return cached;
}

/** Expands heading rows into rules; throws on a subheading that is not under its heading. */
export function generateRules(headings: readonly HeadingRow[]): Customs122Record[] {
  const drafts = headings.flatMap((heading) => rulesOfHeading(heading));
  return drafts.map((draft, index) => ({ id: index + 1, ...draft }));
}

function rulesOfHeading([
  heading,
  description,
  criterion,
  subheadingTexts,
  options = {},
]: HeadingRow): RuleDraft[] {
  const chapter = heading.slice(0, 2);
  const isStar = options.star ?? false;
  const subheadings = subheadingTexts.map((text) => parseSubheading(heading, criterion, text));
  if (subheadings.length === 0) throw new Error(`Heading ${heading} has no subheadings`);

  const headingRule: RuleDraft = {
    tariffChapter: chapter,
    tariffCodeList: subheadings.map((sub) => dotted(sub.code)).join(','),
    cargoDesc: description,
    materialChangeCriteria: criterion,
    isStar,
    hsCode: `${heading}00`,
  };
  const lines = options.lines ?? [['00', '']];
  const detailRules = subheadings.flatMap((sub) => {
    const subDescription = `${description}－${sub.description}`;
    const subRule: RuleDraft = {
      ...headingRule,
      tariffCodeList: dotted(sub.code),
      cargoDesc: subDescription,
      materialChangeCriteria: sub.criterion,
      hsCode: sub.code,
    };
    const lineRules = lines.map(([suffix, qualifier]): RuleDraft => ({
      ...subRule,
      tariffCodeList: dotted(sub.code + suffix),
      cargoDesc: qualifier === '' ? subDescription : `${subDescription}（${qualifier}）`,
      hsCode: sub.code + suffix,
    }));
    return [subRule, ...lineRules];
  });
  const coveredBySubheading = subheadings.some((sub) => sub.code === headingRule.hsCode);
  return coveredBySubheading ? detailRules : [headingRule, ...detailRules];
}

function parseSubheading(heading: string, headingCriterion: string, text: string): Subheading {
  const match = /^(\d{6}) (.+?)(?: @(\S+))?$/.exec(text);
  const code = match?.[1];
  const description = match?.[2];
  if (code === undefined || description === undefined || !code.startsWith(heading)) {
    throw new Error(`Subheading "${text}" is malformed or not under heading ${heading}`);
  }
  return { code, description, criterion: match?.[3] ?? headingCriterion };
}

/** Formats `610910` as `6109.10` and `61091010` as `6109.1010`. */
function dotted(code: string): string {
  return `${code.slice(0, 4)}.${code.slice(4)}`;
}
