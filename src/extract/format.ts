// `--format text`: a readable table of statements for journalists (speaker, cue, content, about).
import type { Extraction } from './types.ts';

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function formatExtractionTable(x: Extraction): string {
  const names = new Map(x.actors.map((a) => [a.id, a.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : '?');
  const lines: string[] = [];
  lines.push(`Title:     ${x.title ?? '-'}`);
  lines.push(`Outlet:    ${x.outlet ?? '-'}`);
  lines.push(`Language:  ${x.language}    Published: ${x.publishedAt ?? '-'}`);
  lines.push(`Actors:    ${x.actors.map((a) => `${a.name} (${a.kind.toLowerCase()}, ${a.mentions.length})`).join(', ') || '-'}`);
  lines.push('');
  lines.push(`${x.statements.length} statement(s)`);
  x.statements.forEach((s, i) => {
    lines.push('');
    lines.push(`${i + 1}. ${name(s.speaker)}${s.speakerText ? ` [${clip(s.speakerText, 40)}]` : ''} — ${s.cue} (${s.cueType}${s.direct ? ', direct' : ''})${s.date ? ` ${s.date}` : ''}`);
    lines.push(`   ${clip(s.content, 200)}`);
    const extra = [
      s.about.length ? `about: ${s.about.map(name).join(', ')}` : '',
      s.addressees.length ? `to: ${s.addressees.map(name).join(', ')}` : '',
      s.via.length ? `via: ${s.via.map(name).join(', ')}` : '',
      s.parent ? `within: #${x.statements.findIndex((p) => p.id === s.parent) + 1}` : '',
    ].filter(Boolean);
    if (extra.length) lines.push(`   ${extra.join('   ')}`);
  });
  return `${lines.join('\n')}\n`;
}
