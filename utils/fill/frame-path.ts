/** Returns the path of the document's URL that taught rules are keyed by: `/co/apply.html`, or `blank` and `srcdoc` for those frames. */
export function framePathOf(doc: Document): string {
  try {
    return new URL(doc.URL).pathname;
  } catch {
    return doc.URL.replace(/[?#].*$/, '');
  }
}
