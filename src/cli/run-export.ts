// The `export` command's work: resolve the filter's names, stream the statements to the file (or
// standard output), and say how many were written. A file is written under a temporary name and
// renamed at the end, so a failed export never leaves a truncated file that looks complete.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { CueType, Language } from '../extract/types.ts';
import type { ExportFormat } from '../api/export.ts';

export interface RunExportOptions {
  format: ExportFormat;
  out?: string;
  about?: string;
  speaker?: string;
  from?: string;
  to?: string;
  outlet?: string;
  cueType?: CueType[];
  language?: Language;
  direct?: boolean;
}

export async function runExport(opts: RunExportOptions): Promise<void> {
  const { ensureNeo4j } = await import('../neo4j/ensure.ts');
  const { connect } = await import('../graph/connection.ts');
  const { exportArticles } = await import('../graph/read/export.ts');
  const { exportRows, resolveExportFilter, writeExport } = await import('../api/export.ts');
  const settings = await ensureNeo4j(process.env, { log: (line) => console.error(line) });
  const graph = connect(settings);
  try {
    const filter = await resolveExportFilter(graph, {
      about: opts.about,
      speaker: opts.speaker,
      from: opts.from,
      to: opts.to,
      outlet: opts.outlet,
      cueTypes: opts.cueType,
      language: opts.language,
      direct: opts.direct,
    });
    const rows = exportRows(exportArticles(graph, filter));
    if (!opts.out) {
      const { rows: count } = await writeExport(rows, opts.format, process.stdout, { end: false });
      console.error(`export: ${count} statement(s)`);
      return;
    }
    const partial = `${opts.out}.partial`;
    try {
      const { rows: count } = await writeExport(rows, opts.format, createWriteStream(partial));
      await rename(partial, opts.out);
      console.error(`export: ${count} statement(s) written to ${opts.out}`);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  } finally {
    await graph.close();
  }
}
