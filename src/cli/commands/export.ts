// `claimgraph export [--format csv|jsonl|json] [--out FILE] [filters]`: statements for spreadsheets
// and notebooks, with the filters of the API's `statements` (names resolved the same way).
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CUE_TYPES, type CueType } from '../../extract/types.ts';
import { isoDay } from '../options.ts';

interface ExportOptions {
  format: 'csv' | 'jsonl' | 'json';
  out?: string;
  about?: string;
  speaker?: string;
  from?: string;
  to?: string;
  outlet?: string;
  cueType?: CueType[];
  language?: 'ar' | 'en';
  direct?: boolean;
}

function cueType(value: string, previous: CueType[] = []): CueType[] {
  const upper = value.toUpperCase();
  if (!(CUE_TYPES as readonly string[]).includes(upper)) throw new InvalidArgumentError(`expected one of ${CUE_TYPES.join(', ')}`);
  return [...previous, upper as CueType];
}

export function register(program: Command): void {
  program
    .command('export')
    .description('Export statements (speaker, cue, content, date, about, via, article, outlet, evidence) as CSV, JSON lines or JSON')
    .addOption(new Option('--format <format>', 'csv (UTF-8 with BOM, for spreadsheets), jsonl or json').choices(['csv', 'jsonl', 'json']).default('csv'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--about <actor>', 'statements about this actor (name, alias or id)')
    .option('--speaker <actor>', 'statements by this speaker (name, alias or id)')
    .option('--from <date>', 'dated on or after this day (YYYY-MM-DD; undated statements use their article date)', isoDay)
    .option('--to <date>', 'dated on or before this day (YYYY-MM-DD)', isoDay)
    .option('--outlet <name>', 'published by this outlet')
    .option('--cue-type <type>', `cue type (repeatable): ${CUE_TYPES.join(', ')}`, cueType)
    .addOption(new Option('--language <lang>', 'language of the statement').choices(['ar', 'en']))
    .option('--direct', 'direct quotes only')
    .option('--no-direct', 'reported speech only')
    .addHelpText('after', '\nExamples:\n  claimgraph export --about ترامب --out trump.csv\n  claimgraph export --speaker Kremlin --cue-type DENY --format jsonl | jq .content')
    .action(async (opts: ExportOptions) => {
      const { runExport } = await import('../run-export.ts');
      await runExport(opts);
    });
}
