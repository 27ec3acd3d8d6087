// What the candidate query (cypher/write/claim-candidates.cypher) is asked for a batch: one
// lookup per statement and per denial, grouped so that the graph reads each claim once.
//
//   claimLookups(articles) -> ClaimLookups   the query's parameters (but $previous)
//   windowRuns(items, keyOf) -> WindowRun[]  items of one key whose date windows overlap, merged
//
// Why grouped: a batch has hundreds of statements and a speaker often many of them, on nearby
// days. One index seek per statement read the same claims again and again (bench:profile-claims:
// 3,679 index rows for 692 statements; a date-range scan per denial, 8,127 rows for 70). A run of
// overlapping windows is sought once and each claim in it is tested against the run in memory:
// for statements, the run's keys (a superset of each statement's candidates, within a few days);
// for denials, each denial's own window and actors (what plan.ts answeredClaim requires).
import { blockingKeys, RESPONSE_CUES, RESPONSE_WINDOW_DAYS, SAME_CLAIM, shiftDate, type ArticleStatements } from '../claims/index.ts';

interface Windowed {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface WindowRun<T extends Windowed> extends Windowed {
  key: string;
  items: T[];
}

/** Items grouped by key, then into runs of overlapping (or touching) windows, each spanning its items. */
export function windowRuns<T extends Windowed>(items: readonly T[], keyOf: (item: T) => string): WindowRun<T>[] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const list = byKey.get(keyOf(item)) ?? [];
    list.push(item);
    byKey.set(keyOf(item), list);
  }
  const runs: WindowRun<T>[] = [];
  for (const [key, list] of byKey) {
    let run: WindowRun<T> | null = null;
    for (const item of [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
      if (run && item.from <= shiftDate(run.to, 1)) {
        run.items.push(item);
        if (item.to > run.to) run.to = item.to;
      } else {
        run = { key, from: item.from, to: item.to, items: [item] };
        runs.push(run);
      }
    }
  }
  return runs;
}

interface Probe extends Windowed {
  speaker: string;
  keys: string[];
}

interface Responder extends Windowed {
  speaker: string | null;
  language: string;
  about: string[];
  /** The denier and whom the denial is about. */
  actors: string[];
}

export interface ClaimLookups {
  /** keys: the blocking keys of the run's statements. */
  dated: Array<{ speaker: string; from: string; to: string; keys: string[] }>;
  undated: Array<{ speaker: string; keys: string[] }>;
  targets: Array<{ speaker: string; from: string; to: string; responders: Array<{ speaker: string | null; language: string; from: string; to: string }> }>;
  windows: Array<{ from: string; to: string; responders: Array<{ speaker: string | null; language: string; actors: string[]; from: string; to: string }> }>;
}

export function claimLookups(articles: readonly ArticleStatements[]): ClaimLookups {
  const probes: Probe[] = [];
  const undated: ClaimLookups['undated'] = [];
  const responders: Responder[] = [];
  const window = SAME_CLAIM.dateWindowDays;
  for (const article of articles) {
    for (const s of article.statements) {
      if (s.speaker !== null) {
        const keys = blockingKeys(s);
        // A claim is found by its first report's date: one founded up to two windows earlier
        // can still hold a report within a window of this one.
        if (s.date === null) undated.push({ speaker: s.speaker, keys });
        else probes.push({ speaker: s.speaker, from: shiftDate(s.date, -2 * window), to: shiftDate(s.date, window), keys });
      }
      // A denial of fewer than two words answers no claim by matching (plan.ts answeredClaim).
      if (RESPONSE_CUES.has(s.cueType) && s.date !== null && s.words.size >= 2) {
        responders.push({
          speaker: s.speaker,
          language: s.language,
          about: [...s.about],
          actors: s.speaker === null ? [...s.about] : [...s.about, s.speaker],
          from: shiftDate(s.date, -RESPONSE_WINDOW_DAYS),
          to: shiftDate(s.date, 1),
        });
      }
    }
  }
  const byTarget = responders.flatMap((r) => r.about.map((target) => ({ ...r, target })));
  return {
    dated: windowRuns(probes, (p) => p.speaker).map((run) => ({
      speaker: run.key, from: run.from, to: run.to, keys: [...new Set(run.items.flatMap((p) => p.keys))].sort(),
    })),
    undated,
    targets: windowRuns(byTarget, (r) => r.target).map((run) => ({
      speaker: run.key, from: run.from, to: run.to,
      responders: run.items.map(({ speaker, language, from, to }) => ({ speaker, language, from, to })),
    })),
    windows: windowRuns(responders, () => '').map((run) => ({
      from: run.from, to: run.to,
      responders: run.items.map(({ speaker, language, actors, from, to }) => ({ speaker, language, actors, from, to })),
    })),
  };
}

/** Whether there is anything to look up. */
export function hasLookups(l: ClaimLookups): boolean {
  return l.dated.length > 0 || l.undated.length > 0 || l.windows.length > 0;
}
