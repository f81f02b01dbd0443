/** Text clean-up shared by label parsing and option matching. */

/** Replaces every run of whitespace (including the ideographic space and NBSP) with one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/** Converts full-width ASCII forms (Ａ, ：, （) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Words inside brackets that change a label's meaning, so they stay when other bracketed hints go. */
const MEANINGFUL_BRACKET_WORDS = new Set(['中文', '英文', '中', '英', '外文', 'chinese', 'english', 'cn', 'en']);

/**
 * Normalizes a label for matching: half-width, lower case, required-field stars, trailing colons
 * and leading numbering removed. Bracketed hints such as `(18位)` or `（必填）` are dropped, but a
 * bracketed language such as `(英文)` stays as a plain word because it distinguishes two fields.
 */
export function normalizeLabel(text: string): string {
  let label = toHalfWidth(text).toLowerCase();
  label = label.replace(/[([【]([^()[\]【】]*)[)\]】]/g, (_whole, inner: string) => {
    const word = inner.trim();
    return MEANINGFUL_BRACKET_WORDS.has(word) ? ` ${word} ` : ' ';
  });
  label = label.replace(/[*＊]/g, ' ');
  label = collapseWhitespace(label);
  label = label.replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、)]\s*/, '');
  label = label.replace(/^box\s*\d{1,2}\b/, '');
  label = label.replace(/[:：?？]+$/, '');
  return collapseWhitespace(label);
}

const PLACEHOLDER_PREFIX = /^(?:请(?:输入|填写|选择|录入)|输入|填写|选择|please\s+(?:enter|input|select|fill\s+in)|enter|input|select)\s*/i;

/** Removes the instruction around a placeholder, so `请输入企业名称` reads as `企业名称`. */
export function stripPlaceholderInstruction(text: string): string {
  return collapseWhitespace(text).replace(PLACEHOLDER_PREFIX, '').replace(/(?:\.{3}|…+)$/, '');
}

/** Returns the Han characters of a normalized label with everything else removed, for substring matching. */
export function hanPart(label: string): string {
  return (label.match(/[\u3400-\u9fff]+/g) ?? []).join('');
}

/** Returns the Latin words of a normalized label, joined by single spaces, for phrase matching. */
export function latinPart(label: string): string {
  return (label.match(/[a-z0-9]+/g) ?? []).join(' ');
}

/** Returns whether a text is only digits and punctuation, such as a row number. */
export function isNumbering(text: string): boolean {
  return /^[\d\s.、,()#-]*$/.test(text);
}
