import { show } from '../../model/show';
import { Level, ReportEntry } from './entries';
import { Migration } from './map';

/*
 * The migration report (Markdown): what changes in meaning, then every field of the Canary and of the objects it
 * targets with what it became, the settings gridops added, the environments and tags, and every object of the input.
 */

/** The word of a level in the tables. */
const LEVEL: Readonly<Record<Level, string>> = { mapped: 'mapped', changed: 'changed', dropped: 'not migrated', refused: 'refused' };

/** A table cell: pipes escaped, one line. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A value in a cell: its JSON in backticks (`(unset)` for a field the input does not set), long values cut. */
function valueCell(value: unknown): string {
  const text = show(value, { unset: '(unset)', max: 80 });
  return value === undefined ? text : `\`${cell(text).replace(/`/g, "'")}\``;
}

/** The table row of one entry, as the report writes it. */
export function entryRow(e: ReportEntry): string {
  return `| \`${cell(e.field)}\` | ${valueCell(e.value)} | ${LEVEL[e.level]} | ${cell(e.became)} | ${cell(e.note ?? '')} |`;
}

/** What the report says besides the migration itself: the files written and each environment's facts. */
export interface ReportContext {
  /** The input as the user named it. */
  readonly source: string;
  /** One line per environment: namespace, cluster, tag. */
  readonly environments: readonly string[];
  /** The files written (or that would be, with --dry-run). */
  readonly files: readonly string[];
  /** Placeholders left to fill in, `file:line: TODO(…)`. */
  readonly placeholders: readonly string[];
}

/** The report of a migration, in Markdown. */
export function migrationReport(m: Migration, ctx: ReportContext): string {
  const d = m.draft;
  const counts = (level: Level) => m.entries.filter((e) => e.level === level).length;
  const objects = [...new Set(m.entries.map((e) => e.object))];
  const lines: string[] = [
    `# Migration of Canary ${m.canary.object.metadata.name} to the gridops application ${d.name}`,
    '',
    `From \`${ctx.source}\` (Flagger v1.44.0, flagger.app/v1beta1) to Argo Rollouts v1.9.0 as gridops generates it: ${m.entries.length} fields, ${counts('mapped')} mapped, ${counts('changed')} changed in meaning, ${counts('dropped')} not migrated.`,
    '',
    '## What changes in meaning',
    '',
    ...m.meaning.map((x) => `- ${x}`),
    '',
  ];
  for (const object of objects) {
    lines.push(`## ${object}, field by field`, '', '| field | value | | became | how |', '| --- | --- | --- | --- | --- |');
    for (const e of m.entries.filter((x) => x.object === object)) lines.push(entryRow(e));
    lines.push('');
  }
  lines.push('## Set by gridops (no field of the input states it)', '', ...m.added.map((a) => `- \`${a.setting}\`: ${a.why}`), '');
  lines.push('## Environments', '', ...ctx.environments.map((e) => `- ${e}`), '');
  if (ctx.placeholders.length > 0) lines.push('## To fill in (synth refuses a placeholder)', '', ...ctx.placeholders.map((p) => `- ${p}`), '');
  lines.push('## The objects of the input', '', '| file | object | use |', '| --- | --- | --- |', ...m.objects.map((o) => `| ${cell(o.file)} | ${cell(o.object)} | ${cell(o.use)} |`), '');
  lines.push('## Files', '', ...ctx.files.map((f) => `- ${f}`), '');
  return lines.join('\n');
}
