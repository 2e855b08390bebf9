import { show } from '../model/show';
import { type FieldChange } from './object-diff';
import { type ObjectDiff, type RenderedDiffReport, type RevisionInfo, type SectionDiff } from './report';

/*
 * The text and markdown forms of a rendered diff. Markdown is for pull request comments: a summary, then a collapsible
 * <details> per section, split into parts of at most 60,000 characters (GitHub refuses a comment over 65,536), each
 * part self-contained (no <details> or code fence cut in two), numbered `part N/M` and marked
 * `<!-- gridops-diff part N -->` so that a workflow finds and updates its own comments.
 */

/** The largest comment a part may be, in characters (JavaScript string length: UTF-16 code units). */
export const COMMENT_LIMIT = 60000;

/** The hidden marker of part `n`, by which the workflow finds the comment to update. */
export function partMarker(n: number): string {
  return `<!-- gridops-diff part ${n} -->`;
}

/**
 * The hidden marker of a diff in which no rendered object differs (other files of dist/ may: they are listed in it):
 * the workflow then posts nothing when it has posted nothing before.
 */
export const EMPTY_MARKER = '<!-- gridops-diff empty -->';

/** Longest a value is shown in a field line (the JSON report has it whole). */
const MAX_VALUE = 2000;

/** `origin/main (1234567)`, or `the working tree`. */
export function revisionLabel(r: RevisionInfo): string {
  return r.ref === null ? 'the working tree' : `${r.ref} (${r.commit!.slice(0, 7)})`;
}

function objectName(o: ObjectDiff): string {
  return o.namespace ? `${o.namespace}/${o.name}` : o.name;
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** `~ Rollout gridos/gridos (argoproj.io/v1alpha1)`. */
export function objectLine(o: ObjectDiff): string {
  return `${MARK[o.status]} ${o.kind} ${objectName(o)} (${o.apiVersion}${o.generatedBy ? `, from ${o.generatedBy}` : ''})`;
}

/** `/spec/replicas: 3 → 4`; a hidden value: `/data/password: changed (value hidden)`. */
export function fieldLine(f: FieldChange): string {
  if (f.hidden) return `${f.path}: ${f.change} (value hidden)`;
  const v = (x: unknown) => show(x, { unset: '(unset)', max: MAX_VALUE });
  return `${f.path}: ${v(f.old)} → ${v(f.new)}`;
}

/** What a section's objects did, in words: `1 object changed`, `2 objects changed, 1 added`, `new environment, 14 objects`. */
export function sectionTitle(s: SectionDiff): string {
  if (s.errors) return `does not build${s.errors.base !== undefined ? ' at base' : ''}${s.errors.base !== undefined && s.errors.head !== undefined ? ' and' : ''}${s.errors.head !== undefined ? ' at head' : ''}`;
  const n = s.objects.length;
  const objects = `${n} object${n === 1 ? '' : 's'}`;
  const what = { environment: 'environment', application: 'application objects', platform: 'kustomization' }[s.kind];
  if (s.status === 'added') return `new ${what}, ${objects}`;
  if (s.status === 'removed') return `${what} removed, ${objects}`;
  const counts = (['changed', 'added', 'removed'] as const).map((st) => [s.objects.filter((o) => o.status === st).length, st] as const).filter(([c]) => c > 0);
  return counts.map(([c, st], i) => (i === 0 ? `${c} object${c === 1 ? '' : 's'} ${st}` : `${c} ${st}`)).join(', ');
}

/** The lines of a section's details: each object, then its field changes indented. */
function objectLines(o: ObjectDiff): string[] {
  return [objectLine(o), ...o.fields.map((f) => `    ${fieldLine(f)}`)];
}

function sectionLines(s: SectionDiff): string[] {
  const errors = s.errors ? [...(s.errors.base !== undefined ? [`base: ${s.errors.base}`] : []), ...(s.errors.head !== undefined ? [`head: ${s.errors.head}`] : [])] : [];
  return [...errors, ...s.objects.flatMap(objectLines)];
}

function headline(r: RenderedDiffReport): string {
  return `base ${revisionLabel(r.base)} → ${r.head.ref === null ? '' : 'head '}${revisionLabel(r.head)}`;
}

/** The summary's lines; when only files outside the rendered trees differ, that. */
function summaryItems(r: RenderedDiffReport): readonly string[] {
  return r.summary.length > 0 ? r.summary : ['no rendered object differs (other files of dist/ do: see below)'];
}

/** The text form (`--format text`). */
export function textReport(r: RenderedDiffReport): string {
  if (!r.changed) return `no rendered changes: ${headline(r)}\n`;
  const out = [`gridops diff: ${headline(r)}`, '', 'Summary:', ...summaryItems(r).map((l) => `  ${l}`)];
  for (const s of r.sections) out.push('', `${s.name}: ${sectionTitle(s)}`, ...sectionLines(s).map((l) => `  ${l}`));
  if (r.otherFiles.length > 0) out.push('', `Other files: ${r.otherFiles.map((f) => `${f.path} (${f.status})`).join(', ')}`);
  return out.join('\n') + '\n';
}

/** Markdown-escapes a line of text (summary items). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A code fence no line of `lines` can close: one backtick more than the longest run of them (at least three). */
function fenceFor(lines: readonly string[]): string {
  let longest = 2;
  for (const l of lines) for (const m of l.match(/`+/g) ?? []) longest = Math.max(longest, m.length);
  return '`'.repeat(longest + 1);
}

/** How a block is framed around its lines: what comes before them (the first block's, or a continued one's) and after. */
interface Frame {
  readonly open: (continued: boolean) => string;
  readonly close: string;
}

/**
 * Splits lines into blocks (`open` + lines joined by newlines + `close`) of at most `budget` characters each; a line
 * too long for any block is cut (it then ends in `…`). Sizes are added up, never measured by building the text.
 */
function packLines(lines: readonly string[], budget: number, frame: Frame): string[] {
  const blocks: string[] = [];
  let run: string[] = [];
  let size = 0;
  const emit = () => {
    blocks.push(`${frame.open(blocks.length > 0)}${run.join('\n')}${frame.close}`);
    run = [];
    size = 0;
  };
  for (const raw of lines) {
    const overhead = Math.max(frame.open(false).length, frame.open(true).length) + frame.close.length;
    const line = overhead + raw.length > budget ? `${raw.slice(0, Math.max(0, budget - overhead - 1))}…` : raw;
    const open = frame.open(blocks.length > 0).length;
    if (run.length > 0 && open + size + 1 + line.length + frame.close.length > budget) emit();
    size += (run.length > 0 ? 1 : 0) + line.length;
    run.push(line);
  }
  if (run.length > 0 || blocks.length === 0) emit();
  return blocks;
}

/** The blocks a section's details are made of: one <details>, or several (`(continued)`) when it is too long for one part. */
function sectionBlocks(s: SectionDiff, budget: number): string[] {
  const lines = sectionLines(s);
  const fence = fenceFor(lines);
  const title = (continued: boolean) => `<b>${escapeHtml(s.name)}</b>: ${escapeHtml(sectionTitle(s))}${continued ? ' (continued)' : ''}`;
  return packLines(lines, budget, { open: (continued) => `<details><summary>${title(continued)}</summary>\n\n${fence}text\n`, close: `\n${fence}\n\n</details>` });
}

function summaryBlocks(r: RenderedDiffReport, budget: number): string[] {
  const warnings = r.warnings.map((w) => `> **warning**: ${escapeMarkdown(w)}\n`).join('');
  const items = summaryItems(r).map((l) => `- ${escapeMarkdown(l)}`);
  return packLines(items, budget, { open: (continued) => `${continued ? '' : warnings ? `${warnings}\n` : ''}**Summary${continued ? ' (continued)' : ''}**\n\n`, close: '' });
}

/** `` `origin/main` (1234567) → `HEAD` (89abcde) ``. */
function revisionsLine(r: RenderedDiffReport): string {
  const one = (x: RevisionInfo) => (x.ref === null ? 'the working tree' : `\`${x.ref.replace(/`/g, "'")}\` (${x.commit!.slice(0, 7)})`);
  return `${one(r.base)} → ${one(r.head)}`;
}

function partHeader(r: RenderedDiffReport, n: number, total: number): string {
  const part = total > 1 ? ` · part ${n}/${total}` : '';
  return `${partMarker(n)}\n### gridops diff: what each environment will run\n${revisionsLine(r)}${part}\n\n`;
}

/**
 * The one comment of a diff in which no rendered object differs, marked {@link EMPTY_MARKER} (the workflow posts
 * nothing when it has posted nothing before): its warnings, and the other files of dist/ that differ, if any (as many
 * as fit in `limit`, then how many more).
 */
function emptyPart(r: RenderedDiffReport, limit: number): string {
  const warnings = r.warnings.map((w) => `> **warning**: ${escapeMarkdown(w)}\n`).join('');
  let text = `${partMarker(1)}\n${EMPTY_MARKER}\n### gridops diff: no rendered changes\n${revisionsLine(r)}\n${warnings ? `\n${warnings}` : ''}`;
  if (r.otherFiles.length === 0) return text;
  text += `\nOther files of dist/ differ (no rendered object does):\n\n`;
  const more = (n: number) => `- … and ${n} more\n`;
  for (const [i, f] of r.otherFiles.entries()) {
    const item = `- \`${f.path.replace(/`/g, "'")}\` (${f.status})\n`;
    const rest = r.otherFiles.length - i - 1;
    if (text.length + item.length + (rest > 0 ? more(rest).length : 0) > limit) return text + more(rest + 1);
    text += item;
  }
  return text;
}

/**
 * The markdown form, as pull request comments: each at most `limit` characters, each beginning with its
 * {@link partMarker} and header (`part N/M` when there are several), the summary first, then a <details> per section
 * (a section too long for one comment continues in the next, in a <details> of its own).
 */
export function markdownParts(r: RenderedDiffReport, limit: number = COMMENT_LIMIT): string[] {
  if (!r.renderedChanged) return [emptyPart(r, limit)];
  // the header's length with the widest part numbers it can have
  const reserve = partHeader(r, 99999, 99999).length + 2;
  const budget = limit - reserve;
  if (budget < 500) throw new Error(`markdown comment limit ${limit} is too small`);
  const blocks = [...summaryBlocks(r, budget), ...r.sections.flatMap((s) => sectionBlocks(s, budget))];
  if (r.otherFiles.length > 0) blocks.push(...packLines(r.otherFiles.map((f) => `- \`${f.path}\` (${f.status})`), budget, { open: () => '**Other files of dist/**\n\n', close: '' }));
  const bodies: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const b of blocks) {
    if (current.length > 0 && size + b.length + 2 > budget) {
      bodies.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += b.length + 2;
  }
  if (current.length > 0) bodies.push(current);
  return bodies.map((body, i) => `${partHeader(r, i + 1, bodies.length)}${body.join('\n\n')}\n`);
}
