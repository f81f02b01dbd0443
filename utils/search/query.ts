/** Parsing of the text typed into the look-up box. */
import { compactCode, normalizeText } from './normalize';

/** One query, or one whitespace-separated word of it, in the forms each key type is matched in. */
export interface QueryTerm {
  /** Normalized text, matched against names and descriptions. */
  text: string;
  /** The text without dots and spaces, matched against codes. */
  code: string;
  /** Letters only, with ü written `v`. Empty when the term contains anything else. */
  spelling: string;
}

export interface ParsedQuery {
  whole: QueryTerm;
  /** The distinct words when there are two or more, else empty. */
  words: QueryTerm[];
}

const SPELLING = /^[a-z]+$/;

/** Returns undefined for a query that is empty or only whitespace. */
export function parseQuery(query: string): ParsedQuery | undefined {
  const text = normalizeText(query);
  if (text === '') return undefined;

  const words = [...new Set(text.split(' '))];
  return {
    whole: toTerm(text),
    words: words.length > 1 ? words.map(toTerm) : [],
  };
}

function toTerm(text: string): QueryTerm {
  const code = compactCode(text);
  const letters = code.replace(/ü/g, 'v');
  return { text, code, spelling: SPELLING.test(letters) ? letters : '' };
}
