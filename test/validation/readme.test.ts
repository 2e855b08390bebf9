import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../../src/tree/layout';
import { RULES } from '../../src/validation';

describe('README', () => {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Validation rules'));

  test('has a Validation rules section listing every rule with its description, and no other rule', () => {
    expect(readme).toContain('## Validation rules');
    for (const r of RULES) expect(section).toContain(`| \`${r.id}\` | ${r.description}`);
    const listed = [...section.matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(RULES.map((r) => r.id));
  });
});
