// `claimgraph extract FILE|-`: prints the extraction contract (JSON) or a table for people.
import type { Command } from 'commander';
import { Option } from 'commander';

export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract who said what about whom from one article (Arabic or English)')
    .argument('<file>', "article text file, or '-' for standard input")
    .addOption(new Option('--lang <lang>', 'language of the text').choices(['auto', 'ar', 'en']).default('auto'))
    .option('--published <date>', 'publication date YYYY-MM-DD (resolves "on Saturday", "أمس")')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .action(async (file: string, opts: { lang: 'auto' | 'ar' | 'en'; published?: string; format: 'json' | 'text' }) => {
      const { readArticleText } = await import('../../extract/input.ts');
      const { extract } = await import('../../extract/index.ts');
      const { parseIsoDate } = await import('../../extract/dates.ts');
      if (opts.published !== undefined && !parseIsoDate(opts.published)) {
        throw new Error(`--published must be a date YYYY-MM-DD, got "${opts.published}"`);
      }
      const text = await readArticleText(file);
      const result = extract(text, { language: opts.lang, publishedAt: opts.published });
      if (opts.format === 'json') {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      } else {
        const { formatExtractionTable } = await import('../../extract/format.ts');
        process.stdout.write(formatExtractionTable(result));
      }
    });
}
