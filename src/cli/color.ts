/**
 * Whether to colour what goes to `stream`, as node itself decides (tty.WriteStream#hasColors): FORCE_COLOR when it is
 * set (`0` or `false`: no colour; any other value, even empty: colour), else NO_COLOR when it is set (any value, even
 * empty: no colour), else a terminal that is not TERM=dumb. A `--color`/`--no-color` flag, where a command has one,
 * wins over all of them.
 */
export function colorEnabled(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Colours a unified diff for a terminal: file headers bold, additions green, removals red, hunk headers cyan. */
export function colorizeDiff(diff: string): string {
  return diff
    .split('\n')
    .map((l) =>
      l.startsWith('+++') || l.startsWith('---')
        ? `\x1b[1m${l}\x1b[0m`
        : l.startsWith('+')
          ? `\x1b[32m${l}\x1b[0m`
          : l.startsWith('-')
            ? `\x1b[31m${l}\x1b[0m`
            : l.startsWith('@@')
              ? `\x1b[36m${l}\x1b[0m`
              : l,
    )
    .join('\n');
}
