/**
 * Shapes of taught rules as they are stored, sent between the worker and its pages, and written
 * to an exported rules file. Every one is checked with zod wherever it arrives.
 */
import * as z from 'zod/mini';
import type { FieldRule } from '../fill/types';
import { fillSourceSchema } from './fill-sources';

/** An http or https origin as `URL.origin` writes it: `https://www.singlewindow.cn`. */
export const ruleOriginSchema = z.string().check(
  z.maxLength(300),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an http or https origin such as https://example.com'),
);

export const fieldRuleSchema = z.object({
  selector: z.string().check(z.minLength(1), z.maxLength(2000)),
  framePath: z.string().check(z.minLength(1), z.maxLength(2000)),
  source: fillSourceSchema,
}) satisfies z.ZodMiniType<FieldRule>;

/** The most rules one site keeps; a rule taught past it replaces none and is rejected. */
export const MAX_RULES_PER_SITE = 500;

export const siteRulesSchema = z.object({
  origin: ruleOriginSchema,
  rules: z.array(fieldRuleSchema).check(z.maxLength(MAX_RULES_PER_SITE)),
});
export type SiteRules = z.infer<typeof siteRulesSchema>;

/** Maximum length of an imported rules file, in characters. */
export const MAX_RULES_FILE_LENGTH = 2_000_000;

export const RULES_FILE_FORMAT = 'fta-assistant-rules';

/** An exported rules file. `version` changes when the shape does. */
export const rulesFileSchema = z.object({
  format: z.literal(RULES_FILE_FORMAT),
  version: z.literal(1),
  /** Milliseconds since the epoch. */
  exportedAt: z.int().check(z.nonnegative()),
  sites: z.array(siteRulesSchema).check(z.maxLength(1000)),
});
export type RulesFile = z.infer<typeof rulesFileSchema>;
