// The caption a Statement node carries for the Neo4j Browser (cypher/claimgraph.grass shows
// `{caption}`): GraSS captions can only show one property, and `{cueType}` alone drew a row of
// identical "SAY" circles. The cue type and the start of the content tell statements apart at a
// glance; the Browser fits it in the circle and cuts the rest.
//   statementCaption({cueType: 'DENY', content: 'Moscow had any role in the strike'})
//     -> 'deny: Moscow had any role in…'

/** Characters of the content kept: about three lines of a statement circle at the default zoom. */
export const CAPTION_CONTENT_CHARS = 28;

export function statementCaption(statement: { cueType: string; content: string }): string {
  const content = statement.content.replace(/\s+/gu, ' ').trim();
  return `${statement.cueType.toLowerCase()}: ${cutAtWord(content, CAPTION_CONTENT_CHARS)}`;
}

/** The text up to `max` characters, ending at a word boundary when one is not too far back. */
function cutAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  if (chars[max] === ' ') return `${head}…`;
  const space = head.lastIndexOf(' ');
  return `${space >= max / 2 ? head.slice(0, space) : head}…`;
}
