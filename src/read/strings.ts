// V8 gives a substring of 13 or more characters as a view into its parent: a cell text sliced
// out of a ~50 KB decoded piece of the XML would keep that whole piece alive for as long as the
// model uses the text (the whole decoded part, ~10-20 MB at 100,000 rows).
const SLICED_MIN = 13;

/** The text in a string of its own, for text kept past the reading of its part. */
export function ownString(text: string): string {
  // The cons string is flattened into a new string the size of the text, then viewed past its first character.
  return text.length < SLICED_MIN ? text : (' ' + text).slice(1);
}
