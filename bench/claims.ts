// Claim clustering measured on a labelled set: pair precision and recall.
//
//   npm run bench:claims                                   # test/fixtures/claims/stories.json
//   npm run bench:claims -- --file other.json --verbose    # every wrong pair, with its score
//
// The articles (our own composed texts) go through the real extractor and the write path's
// preparation (prepareArticleWrite -> plannedStatements) and the claim planner, in the order
// given, exactly as an import sees them (each article's claims are the candidates of the next).
// Each label finds one statement by a fragment of its content (the shortest content holding it:
// the innermost attribution). Pairs: every two labelled statements in different articles; same
// utterance label = same claim. Precision = correct same-claim pairs / pairs put in one claim;
// recall = correct same-claim pairs / labelled same-claim pairs.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { planClaims, compareReports } from '../src/claims/index.ts';
import { EXTRACTOR_VERSION, extract } from '../src/extract/index.ts';
import type { Language } from '../src/extract/types.ts';
import { plannedStatements } from '../src/graph/write-claims.ts';
import { prepareArticleWrite } from '../src/graph/write-prepare.ts';
import { textForExtraction } from '../src/import/article-text.ts';

interface LabelledArticle {
  url: string;
  outlet: string;
  publishedAt: string;
  language: Language;
  title: string;
  text: string;
  labels: Array<{ find: string; utterance: string }>;
}

const program = new Command('bench-claims')
  .option('--file <path>', 'labelled articles', new URL('../test/fixtures/claims/stories.json', import.meta.url).pathname)
  .option('--verbose', 'print every wrong pair')
  .parse();
const options = program.opts<{ file: string; verbose?: boolean }>();

const { articles } = JSON.parse(readFileSync(options.file, 'utf8')) as { articles: LabelledArticle[] };
const writes = articles.map((a) => {
  const text = textForExtraction(a);
  return prepareArticleWrite({ ...a, text }, extract(text, { language: a.language, publishedAt: a.publishedAt }), EXTRACTOR_VERSION);
});
const planned = plannedStatements(writes);
const plan = planClaims(planned, []);
const claimOf = new Map(plan.links.map((l) => [l.statementId, l.claimId]));

interface Item { article: number; utterance: string; statementId: string | null; find: string }
const items: Item[] = [];
articles.forEach((a, i) => {
  for (const label of a.labels) {
    const holding = planned[i]!.statements.filter((s) => s.content.includes(label.find)).sort((x, y) => x.content.length - y.content.length);
    items.push({ article: i, utterance: label.utterance, statementId: holding[0]?.statementId ?? null, find: label.find });
  }
});
const missing = items.filter((it) => it.statementId === null);
const found = items.filter((it) => it.statementId !== null);
const reportOf = new Map(planned.flatMap((a) => a.statements).map((s) => [s.statementId, s]));

let tp = 0, fp = 0, fn = 0, tn = 0;
const wrong: string[] = [];
for (let i = 0; i < found.length; i++) {
  for (let j = i + 1; j < found.length; j++) {
    const a = found[i]!, b = found[j]!;
    if (a.article === b.article) continue;
    const labelled = a.utterance === b.utterance;
    const ca = claimOf.get(a.statementId!), cb = claimOf.get(b.statementId!);
    const predicted = ca !== undefined && ca === cb;
    if (labelled && predicted) tp++;
    else if (!labelled && predicted) fp++;
    else if (labelled && !predicted) fn++;
    else tn++;
    if (labelled !== predicted) {
      const m = compareReports(reportOf.get(a.statementId!)!, reportOf.get(b.statementId!)!);
      wrong.push(`${predicted ? 'FALSE MERGE' : 'MISSED'} ${a.utterance} / ${b.utterance}: score ${m.score} ${m.reason ?? ''}\n    ${reportOf.get(a.statementId!)!.content}\n    ${reportOf.get(b.statementId!)!.content}`);
    }
  }
}
const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
console.log(`labelled statements: ${items.length} (${missing.length} not extracted${missing.length ? `: ${missing.map((m) => m.find).join(', ')}` : ''})`);
console.log(`pairs across articles: ${tp + fp + fn + tn} (same claim: ${tp + fn}, different: ${fp + tn})`);
console.log(`pair precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
console.log(`claims: ${new Set(plan.links.map((l) => l.claimId)).size} from ${plan.links.length} statements with a speaker; responses: ${plan.responses.length}`);
if (options.verbose || wrong.length <= 10) for (const line of wrong) console.log(line);
