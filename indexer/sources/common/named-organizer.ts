/*
 * The organiser a description names ("Arrangör: Växjö Lakers Hockey.", "Arrangeras av Växjö Schackklubb",
 * "Organiser: …"), for an item whose feed has no organiser field. It comes before a source's configured default: a
 * municipality calendar that lists a club's match must not say the municipality arranges it.
 */

const LEAD = '(?:arrangör(?:er)?|arrangeras av|arrangerat av|organi[sz]ers?|organi[sz]ed by)';
/** The lead at the start of a line or sentence, then the name up to the end of that sentence or line. */
const NAMED = new RegExp(String.raw`(?:^|[\n.!?]\s*)${LEAD}\s*:?\s+([^\n.!?;]{2,80}?)\s*(?:[.!?;]\s|[.!?;]?$|\n)`, 'imu');

export function namedOrganizer(description: string): string | null {
  const name = NAMED.exec(description)?.[1]?.trim() ?? '';
  // A name starts with a letter or digit; "Arrangör: se nedan" and the like are not names.
  if (!/^[\p{L}\p{N}]/u.test(name) || /^(se |see |tba\b|okänd|unknown)/i.test(name)) return null;
  return name;
}
