// Page cleanup: a scraped article page is headline + byline + body + page furniture (related
// articles, share lines, copyright). This finds the title (without the site-name suffix), the
// outlet named in the byline or an agency dateline, and the body spans to extract from. Offsets
// always stay in the original text: furniture is excluded by leaving it out of `body`.
import type { Span } from './types.ts';

export interface Page {
  title: string | null;
  titleSpan: Span | null;
  outlet: string | null;
  body: Span[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Longest line looked at as a headline or byline: anything longer is body text. */
const MAX_HEADLINE = 300;
const MAX_BYLINE = 80;

/** Lines that start page furniture: everything after such a heading is a list of other articles. */
const RELATED_HEADING = /^\s*(?:مقالات ذات صلة|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة|Related(?: articles| stories| coverage| content)?|Read more|Read also|More from|Recommended|You may also like|Most read)\s*:?\s*$/i;
/** Single furniture lines (share buttons, copyright, newsletter prompts). */
const FURNITURE_LINE = /^\s*(?:شارك|مشاركة|تابعونا|تابعوا|share(?: this| on)?|tweet|follow us|sign up|subscribe|click here|advertisement|إعلان|©|\(c\)|copyright|جميع الحقوق محفوظة|all rights reserved)\b|(?:جميع الحقوق محفوظة|all rights reserved)\s*\.?\s*$/i;
/** Furniture at the end of a body line: "رابط الخبر بصحيفة ...: headline", "Read more: ...". */
const TRAILING_FURNITURE = /\s(?:رابط الخبر|اقرأ المزيد|Read more:)/i;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

const SEPARATORS = /\s+[-–—|]\s+|\s*\|\s*/g;

function scriptOf(s: string): 'ar' | 'latin' | 'none' {
  const ar = (s.match(/[\u0600-\u06FF]/g) ?? []).length;
  const la = (s.match(/[A-Za-z]/g) ?? []).length;
  return ar === 0 && la === 0 ? 'none' : ar >= la ? 'ar' : 'latin';
}

/**
 * The headline without a trailing site name: " - It's Over 9000!", " | Site". A suffix is a site
 * name when it is short and either in another script than the headline, after a "|", or when the
 * headline is repeated without it further down the page.
 */
export function stripSiteSuffix(line: string, pageText = ''): { title: string; length: number } {
  const trimmed = line.trim();
  let best: { title: string; length: number } = { title: trimmed, length: trimmed.length };
  const matches = [...trimmed.matchAll(SEPARATORS)];
  const last = matches[matches.length - 1];
  if (!last) return best;
  const head = trimmed.slice(0, last.index).trim();
  const suffix = trimmed.slice(last.index + last[0].length).trim();
  if (!head || !suffix) return best;
  const words = suffix.split(/\s+/).length;
  const otherScript = scriptOf(head) !== scriptOf(suffix);
  const pipe = last[0].includes('|');
  const repeated = pageText.includes(`\n${head}\n`) || pageText.includes(`\n${head}\r\n`);
  if (words <= 6 && (otherScript || pipe || repeated)) best = { title: head, length: head.length };
  return best;
}

/** The outlet a byline or dateline names, or null. */
export function outletFromByline(line: string): string | null {
  const s = line.trim();
  if (!s || s.length > MAX_BYLINE) return null;
  let m: RegExpExecArray | null;
  // "بلدي نيوز – (متابعات)", "عكاظ - متابعات"
  if ((m = /^(.+?)\s*[-–—]\s*\(?\s*(?:متابعات|خاص|وكالات)\s*\)?\s*$/.exec(s))) return m[1]!.trim();
  // "By NAME, OUTLET" / "By NAME | OUTLET"
  if ((m = /^By\s+[^,|]+?\s*[,|]\s*(.+?)\s*$/i.exec(s))) return m[1]!.replace(/\s+(?:staff|writer|correspondent)$/i, '').trim();
  // "موسكو - رويترز", "WASHINGTON (AP)" as a line of its own
  // (a dateline followed by the lead's first words is the first body paragraph, not a byline).
  const dl = datelineOutlet(s);
  if (dl) return isBareDateline(s) ? dl : null;
  // "X: Y" — a short "outlet: place" or "place: outlet" line; the part with no digits and fewer
  // words is taken as the outlet only when both sides are short.
  if ((m = /^([^:]{2,30}):\s*([^:]{2,30})$/.exec(s))) {
    const [a, b] = [m[1]!.trim(), m[2]!.trim()];
    if (a.split(/\s+/).length <= 3 && b.split(/\s+/).length <= 3) return KNOWN_AGENCY.test(b) ? b : a;
  }
  return null;
}

const KNOWN_AGENCY = /(?:رويترز|فرانس برس|أ\.?ف\.?ب|أسوشيتد برس|الأناضول|سانا|واس|قنا|وام|د\.?ب\.?أ|Reuters|AFP|AP|Associated Press|Bloomberg|Xinhua|Anadolu|TASS|Interfax)/;

const DATELINES = [
  /^[\p{Lu}\s,.'-]{0,40}\(([^()]{2,30})\)\s*[-–—]/u,
  /^[\u0600-\u06FF\s]{2,25}\s*[-–—(]\s*(رويترز|فرانس برس|أ\.?\s?ف\.?\s?ب|الأناضول|سانا|واس|قنا|وام|د\.?\s?ب\.?\s?أ|أسوشيتد برس|[\u0600-\u06FF]+ نيوز)\s*\)?\s*[-–—:]?/u,
];

/** An agency dateline at the start of a body sentence: "(Reuters) -", "WASHINGTON (AP) —", "موسكو - رويترز". */
export function datelineOutlet(s: string): string | null {
  for (const re of DATELINES) {
    const m = re.exec(s);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** The line is the dateline alone ("موسكو - رويترز"), with no more than two words of text after it. */
function isBareDateline(s: string): boolean {
  const m = DATELINES.map((re) => re.exec(s)).find(Boolean);
  return !!m && s.slice(m[0].length).trim().split(/\s+/).filter(Boolean).length <= 2;
}

export function cleanPage(text: string): Page {
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  let title: string | null = null;
  let titleSpan: Span | null = null;
  const skip = new Set<number>();
  const first = lines[i];
  // A first line that ends a sentence with a full stop in running prose is body, not a headline.
  if (first && first.text.trim().length <= MAX_HEADLINE && lines.length > 1) {
    const t = stripSiteSuffix(first.text, text);
    title = t.title;
    const lead = first.text.indexOf(t.title);
    titleSpan = [first.start + lead, first.start + lead + t.length];
    skip.add(i);
    // The headline repeated as the first line of the page body.
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      if (lines[j]!.text.trim() === title) skip.add(j);
    }
  }
  // Byline: a short line among the first lines after the title.
  let outlet: string | null = null;
  for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
    const line = lines[j]!;
    if (line.text.trim() === '' || skip.has(j)) continue;
    seen++;
    const o = outletFromByline(line.text);
    if (o) {
      outlet = o;
      skip.add(j);
      break;
    }
    if (line.text.trim().length > MAX_BYLINE || datelineOutlet(line.text.trim())) {
      // The first body paragraph: its dateline may name the agency (and never hides the lead).
      outlet = datelineOutlet(line.text.trim());
      break;
    }
  }
  const body: Span[] = [];
  let furniture = false;
  for (let j = 0; j < lines.length; j++) {
    const line = lines[j]!;
    if (skip.has(j) || line.text.trim() === '') continue;
    if (RELATED_HEADING.test(line.text)) furniture = true;
    if (furniture || FURNITURE_LINE.test(line.text)) continue;
    const tail = TRAILING_FURNITURE.exec(line.text);
    const end = tail ? line.start + tail.index : line.end;
    if (end > line.start) body.push([line.start, end]);
  }
  return { title, titleSpan, outlet, body };
}
