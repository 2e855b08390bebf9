import { RULES, runRules } from '../../src/validation';
import { buildContext } from '../../src/validation/context';
import { C, FIXTURES, GENERATED_APPLICATION_FIXTURES, onRollout, Variant } from './fixtures';
import { findingsOf } from './support';

const needsKubectl = (rule: string) => RULES.find((r) => r.id === rule)?.needs === 'kubectl';

describe('every validation rule: a passing and a failing fixture with its exact message', () => {
  test.each(FIXTURES.map((f) => [f.rule, f]))('%s passes its passing fixture (no finding from any rule)', (_id, f) => {
    // GIVEN the baseline changed by the rule's passing fixture  WHEN validated  THEN nothing is found
    expect(findingsOf(f.pass, needsKubectl(f.rule))).toEqual([]);
  });

  test.each(FIXTURES.map((f) => [f.rule, f]))('%s refuses its failing fixture with its exact message', (_id, f) => {
    // GIVEN the baseline changed by the rule's failing fixture  WHEN validated
    const findings = findingsOf(f.fail, needsKubectl(f.rule));
    // THEN the rule reports exactly its message
    expect(findings.filter((x) => x.includes(`: ${f.rule}: `))).toEqual([f.message]);
  });
});

describe('the Argo CD Application rules on the Applications an ApplicationSet generates', () => {
  test.each(GENERATED_APPLICATION_FIXTURES.map((f) => [f.rule, f]))('%s passes its passing fixture', (_id, f) => {
    // GIVEN the fixture ApplicationSet changed by the passing fixture  WHEN validated  THEN nothing is found
    expect(findingsOf(f.pass)).toEqual([]);
  });

  test.each(GENERATED_APPLICATION_FIXTURES.map((f) => [f.rule, f]))('%s reports its failing fixture on the generated Application', (_id, f) => {
    // GIVEN the fixture ApplicationSet changed by the failing fixture  WHEN validated
    const findings = findingsOf(f.fail);
    // THEN the rule reports exactly its message, naming the ApplicationSet, the list element and the generated Application
    expect(findings.filter((x) => x.includes(`: ${f.rule}: `))).toEqual([f.message]);
  });
});

describe('hardening/probes on gRPC probes (the kubelet\'s grpc handler takes a port number)', () => {
  const grpcProbes = (port: number): Variant => ({
    env: (o) => {
      const c = o.find((x) => x.kind === 'Rollout').spec.template.spec.containers[0];
      c.ports.push({ name: 'grpc', containerPort: 9000, protocol: 'TCP' });
      for (const p of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        delete c[p].httpGet;
        c[p].grpc = { port };
      }
    },
  });
  test.each<[string, number, string[]]>([
    ['on the declared gRPC port', 9000, []],
    ['on the declared HTTP port', 8080, []],
    [
      'on a port the container does not declare',
      50051,
      ['readinessProbe', 'livenessProbe', 'startupProbe'].map((p) =>
        onRollout(`${C}.${p}.grpc.port`, 'hardening/probes', '50051 is not a port container gridos declares (declared: http 8080, grpc 9000)'),
      ),
    ],
  ])('%s', (_name, port, expected) => {
    expect(findingsOf(grpcProbes(port)).filter((x) => x.includes(': hardening/probes: '))).toEqual(expected);
  });
});

describe('meta: the rule registry and the fixtures match (as kube-linter checks its checks)', () => {
  test('every registered rule has a failing fixture that changes something, with its own message', () => {
    const missing = RULES.map((r) => r.id).filter((id) => {
      const f = FIXTURES.find((x) => x.rule === id);
      return !f || Object.keys(f.fail).length === 0 || !f.message.includes(`: ${id}: `);
    });
    expect(missing).toEqual([]);
  });

  test('the rules whose passing fixture is the shipped tree itself are exactly these (a new rule brings its own)', () => {
    expect(FIXTURES.filter((f) => Object.keys(f.pass).length === 0).map((f) => f.rule)).toEqual([
      'rollouts/strategy',
      'rollouts/services-set',
      'rollouts/services-distinct',
      'rollouts/service-exists',
      'rollouts/analysis-template-exists',
      'rollouts/metric-provider',
      'rollouts/hpa-target',
      'rollouts/hpa-replicas',
      'argocd/project-exists',
      'pss/privileged',
      'pss/privilege-escalation',
      'hardening/service-account',
      'kustomize/files-exist',
      'kustomize/build',
    ]);
  });

  test('every finding carries the id of the rule that reported it (rules never write it)', () => {
    const own = { id: 'x/own', description: 'd', check: () => [{ file: 'f', object: 'o', path: 'p', message: 'm' }] };
    expect(runRules(buildContext(new Map()), [own])).toEqual([{ file: 'f', object: 'o', path: 'p', rule: 'x/own', message: 'm' }]);
  });

  test('every fixture names a registered rule, once', () => {
    const ids = RULES.map((r) => r.id);
    expect(FIXTURES.map((f) => f.rule).filter((id) => !ids.includes(id))).toEqual([]);
    expect(FIXTURES.length).toBe(new Set(FIXTURES.map((f) => f.rule)).size);
  });

  test('rule ids are unique, area/name, and every rule is described in one line', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(schema|rollouts|prometheus|argocd|pss|hardening|network|kustomize|terraform)\/[a-z0-9-]+$/);
      expect(r.description).toMatch(/^\S.*\.$/);
      expect(r.description).not.toContain('\n');
    }
  });
});
