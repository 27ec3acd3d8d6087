// cypher/claimgraph.grass against the graph model: every node label and relationship type of
// docs/graph-model.md has a rule, with the syntax the Neo4j Browser's GraSS reader accepts
// (`selector { key: value; }`, captions in single quotes, no comments).
// The browser test (neo4j-browser.int.test.ts) checks the Browser really applies it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const grass = await readFile(path.join(root, 'cypher/claimgraph.grass'), 'utf8');
const model = await readFile(path.join(root, 'docs/graph-model.md'), 'utf8');

/**
 * selector -> properties, read the way the Browser reads GraSS (braces and quotes inside a
 * single-quoted caption are text); throws on anything the Browser would silently mangle.
 */
function parseGrass(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let selector = '';
  let body = '';
  let inBody = false;
  let inString = false;
  for (const c of text) {
    if (c === "'") inString = !inString;
    if (!inString && c === '{') {
      if (inBody) throw new Error(`nested { in ${selector}`);
      inBody = true;
    } else if (!inString && c === '}') {
      if (!inBody) throw new Error('} without {');
      const name = selector.trim();
      if (!/^(node|relationship)(\.[A-Za-z_]\w*)?$/.test(name)) throw new Error(`bad selector "${name}"`);
      if (rules.has(name)) throw new Error(`duplicate rule ${name}`);
      const props: Record<string, string> = {};
      for (const decl of body.split(';').map((d) => d.trim()).filter(Boolean)) {
        const m = /^([a-z-]+)\s*:\s*(.+)$/.exec(decl);
        if (!m) throw new Error(`${name}: bad declaration "${decl}"`);
        props[m[1]!] = m[2]!;
      }
      rules.set(name, props);
      selector = '';
      body = '';
      inBody = false;
    } else if (inBody) {
      body += c;
    } else {
      selector += c;
    }
  }
  if (inString || inBody || selector.trim()) throw new Error(`unfinished text at the end: "${selector.trim()}"`);
  return rules;
}

const rules = parseGrass(grass);
const labels = [...new Set([...model.matchAll(/\(:([A-Z]\w+)/g), ...model.matchAll(/:(Person|Organization|State|Group|Media)\b/g)].map((m) => m[1]!))];
const relTypes = [...new Set([...model.matchAll(/\[:([A-Z_]+)/g)].map((m) => m[1]!))];

describe('cypher/claimgraph.grass', () => {
  it('the model yields the labels and types to check', () => {
    expect(labels).toEqual(expect.arrayContaining(['Article', 'Outlet', 'Actor', 'Statement', 'Person', 'Organization', 'State', 'Group', 'Media']));
    expect(relTypes).toEqual(expect.arrayContaining(['SAID_BY', 'ABOUT', 'VIA', 'REPORTED_IN', 'SPEAKS_FOR', 'DESCRIBES']));
  });

  it.each(labels)('node.%s has a colour, a border and a caption from a property', (label) => {
    const props = rules.get(`node.${label}`);
    expect(props, `no rule node.${label}`).toBeDefined();
    expect(props!.color, label).toMatch(/^#[0-9A-F]{6}$/i);
    expect(props!['border-color'], label).toMatch(/^#[0-9A-F]{6}$/i);
    expect(props!.caption, label).toMatch(/^'\{\w+\}'$/);
  });

  it.each(relTypes)('relationship.%s has a caption in single quotes', (type) => {
    const props = rules.get(`relationship.${type}`);
    expect(props, `no rule relationship.${type}`).toBeDefined();
    // The Browser's reader strips single quotes only: a double-quoted caption would show its quotes.
    expect(props!.caption, type).toMatch(/^'[^'"]+'$/);
  });

  it('gives each actor kind its own colour, distinct from Statement, Article and Outlet', () => {
    const coloured = ['Person', 'Organization', 'State', 'Group', 'Media', 'Statement', 'Article', 'Outlet'];
    const colours = coloured.map((l) => rules.get(`node.${l}`)!.color!.toUpperCase());
    expect(new Set(colours).size, colours.join(' ')).toBe(coloured.length);
  });

  it('lists node.Actor before the kind labels, so the kind colour wins on (:Actor:Person) nodes', () => {
    // The Browser applies matching rules in sheet order, later ones overriding earlier ones.
    const order = [...rules.keys()];
    for (const kind of ['Person', 'Organization', 'State', 'Group', 'Media']) {
      expect(order.indexOf('node.Actor'), kind).toBeLessThan(order.indexOf(`node.${kind}`));
    }
  });

  it('captions statements by their stored caption (cue type and content) and articles by title', () => {
    expect(rules.get('node.Statement')!.caption).toBe("'{caption}'");
    expect(rules.get('node.Article')!.caption).toBe("'{title}'");
  });
});
