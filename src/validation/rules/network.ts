import { escapeRegExp } from '../../model/names';
import { MANAGED_BY, NAMESPACE_NAME_LABEL } from '../../model/network';
import { overlayDir } from '../../tree/layout';
import { Environment, fieldPath, findingAt, isObject, Located, Rule, RuleFinding, show, ValidationContext } from '../rule';
import { containersOf, PodTemplate, podTemplates } from './pod-security';

/*
 * NetworkPolicies (networking.k8s.io/v1) on what each environment builds to: what they admit is what the pods serve,
 * every client they admit exists, none admits everyone, and every application namespace denies by default.
 * https://kubernetes.io/docs/concepts/services-networking/network-policies/
 */

const NETWORK_POLICY = 'NetworkPolicy';
/** An environment's overlay directory (src/tree/layout.ts overlayDir), the environment's name captured. */
const OVERLAY_DIR = new RegExp(`^${escapeRegExp(overlayDir('APP', 'ENV')).replace('APP', '[^/]+').replace('ENV', '([^/]+)')}$`);

type Selector = { matchLabels?: Record<string, unknown>; matchExpressions?: unknown[] } | undefined;

/** Whether a label selector is empty (selects everything): `{}`, or neither labels nor expressions. */
function emptySelector(s: Selector): boolean {
  return !isObject(s) || (Object.keys(isObject(s.matchLabels) ? s.matchLabels : {}).length === 0 && (!Array.isArray(s.matchExpressions) || s.matchExpressions.length === 0));
}

/** Whether a label selector (matchLabels and matchExpressions: In, NotIn, Exists, DoesNotExist) selects `labels`. */
function selects(s: Selector, labels: Record<string, unknown>): boolean {
  if (!isObject(s)) return true;
  const byLabel = Object.entries(isObject(s.matchLabels) ? s.matchLabels : {}).every(([k, v]) => labels[k] === v);
  const byExpression = (Array.isArray(s.matchExpressions) ? s.matchExpressions : []).every((e: any) => {
    const has = Object.prototype.hasOwnProperty.call(labels, e?.key);
    const values: unknown[] = Array.isArray(e?.values) ? e.values : [];
    switch (e?.operator) {
      case 'In':
        return has && values.includes(labels[e.key]);
      case 'NotIn':
        return !has || !values.includes(labels[e.key]);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
  return byLabel && byExpression;
}

/** The pod template's labels. */
function podLabels(t: PodTemplate): Record<string, unknown> {
  return isObject(t.metadata.labels) ? t.metadata.labels : {};
}

/** Every NetworkPolicy of every environment, with the environment. */
function eachPolicy(ctx: ValidationContext, check: (at: Located, spec: Record<string, any>, env: Environment) => RuleFinding[]): RuleFinding[] {
  return ctx.environments.flatMap((env) =>
    env.objects.filter((o) => o.object.kind === NETWORK_POLICY).flatMap((at) => check(at, isObject(at.object.spec) ? at.object.spec : {}, env)),
  );
}

/** The rules of a policy's `ingress` or `egress`, each with its index. */
function rulesOf(spec: Record<string, any>, list: 'ingress' | 'egress'): { rule: Record<string, any>; i: number }[] {
  return (Array.isArray(spec[list]) ? spec[list] : []).map((rule: unknown, i: number) => ({ rule: isObject(rule) ? rule : {}, i }));
}

/** A container port in findings: `http 8080/TCP`. */
function describePort(p: any): string {
  return `${p?.name ? `${p.name} ` : ''}${p?.containerPort}/${p?.protocol ?? 'TCP'}`;
}

export const policyPorts: Rule = {
  id: 'network/policy-ports',
  description:
    'Every NetworkPolicy that selects pods by label selects the pods of a workload of its environment, and every port its ingress rules admit is a container port those pods declare (a NetworkPolicy admits pod ports, not Service ports).',
  check: (ctx) => {
    const templates = podTemplates(ctx);
    return eachPolicy(ctx, (at, spec, env) => {
      const ns = at.object.metadata.namespace;
      const selected = templates.filter((t) => t.env === env && t.at.object.metadata.namespace === ns && selects(spec.podSelector, podLabels(t)));
      if (selected.length === 0) {
        if (emptySelector(spec.podSelector)) return [];
        return [findingAt(at, 'spec.podSelector', `selects no pod of ${env.name}: no workload in namespace ${show(ns)} has pods labelled ${show(spec.podSelector?.matchLabels ?? spec.podSelector)}`)];
      }
      const out: RuleFinding[] = [];
      for (const { rule, i } of rulesOf(spec, 'ingress')) {
        (Array.isArray(rule.ports) ? rule.ports : []).forEach((p: any, j: number) => {
          if (p?.port === undefined) return;
          const protocol = p.protocol ?? 'TCP';
          const named = typeof p.port === 'string' && !/^\d+$/.test(p.port);
          const from = Number(p.port);
          const to = typeof p.endPort === 'number' ? p.endPort : from;
          for (const t of selected) {
            const ports = containersOf(t).flatMap((c) => (Array.isArray(c.container.ports) ? c.container.ports : []));
            const ok = ports.some((cp: any) => (cp?.protocol ?? 'TCP') === protocol && (named ? cp?.name === p.port : cp?.containerPort >= from && cp?.containerPort <= to));
            if (!ok) {
              const declared = ports.map(describePort).join(', ') || 'none';
              out.push(
                findingAt(at, fieldPath('spec', 'ingress', i, 'ports', j, 'port'), `${show(p.port)}/${protocol} is not a container port of the pods it selects (${t.at.object.kind} ${t.at.object.metadata.name} declares ${declared}): a NetworkPolicy admits pod ports, not Service ports`),
              );
            }
          }
        });
      }
      return out;
    });
  },
};

export const clientExists: Rule = {
  id: 'network/client-exists',
  description:
    "Every client a NetworkPolicy admits (a peer selecting gridops-managed pods by label, in a namespace) is the pods of a workload some application's tree builds to in the same environment, in that namespace.",
  check: (ctx) => {
    const templates = podTemplates(ctx);
    // an environment whose overlay is in the tree but did not build (kustomize/build reports it): its pods are unknown
    const built = new Set(ctx.environments.map((e) => e.dir));
    const unknown = new Set(ctx.kustomizations.map((k) => OVERLAY_DIR.exec(k.dir)).filter((m) => m !== null && !built.has(m[0])).map((m) => m![1]));
    return eachPolicy(ctx, (at, spec, env) => {
      const envName = env.name.split('/')[1];
      if (unknown.has(envName)) return [];
      const out: RuleFinding[] = [];
      for (const { rule, i } of rulesOf(spec, 'ingress')) {
        (Array.isArray(rule.from) ? rule.from : []).forEach((peer: any, j: number) => {
          const labels = peer?.podSelector?.matchLabels;
          if (!isObject(labels) || labels[MANAGED_BY.key] !== MANAGED_BY.value) return;
          const ns = peer.namespaceSelector === undefined ? at.object.metadata.namespace : peer.namespaceSelector?.matchLabels?.[NAMESPACE_NAME_LABEL];
          if (typeof ns !== 'string') return;
          const found = templates.some((t) => t.env.name.split('/')[1] === envName && t.at.object.metadata.namespace === ns && selects(peer.podSelector, podLabels(t)));
          if (!found) {
            out.push(
              findingAt(at, fieldPath('spec', 'ingress', i, 'from', j), `no application's ${envName} runs pods labelled ${show(labels)} in namespace ${show(ns)}: a client must be a workload of the tree, in the same environment`),
            );
          }
        });
      }
      return out;
    });
  },
};

/** Why a peer admits everyone, or undefined. */
function openPeer(peer: any): string | undefined {
  if (isObject(peer?.namespaceSelector) && emptySelector(peer.namespaceSelector)) return `namespaceSelector ${show(peer.namespaceSelector)} admits pods of every namespace`;
  const cidr = peer?.ipBlock?.cidr;
  if (cidr === '0.0.0.0/0' || cidr === '::/0') return `ipBlock ${show(cidr)} admits every address`;
  return undefined;
}

export const noOpenPeer: Rule = {
  id: 'network/no-open-peer',
  description:
    'No NetworkPolicy rule admits everyone: every ingress rule has a from and every egress rule a to, and no peer is a namespaceSelector {} (every namespace) or an ipBlock of 0.0.0.0/0 or ::/0.',
  check: (ctx) =>
    eachPolicy(ctx, (at, spec) => {
      const out: RuleFinding[] = [];
      for (const [list, peers, every] of [
        ['ingress', 'from', 'every source (every pod of every namespace, every address)'],
        ['egress', 'to', 'every destination'],
      ] as const) {
        for (const { rule, i } of rulesOf(spec, list)) {
          const ps: unknown[] = Array.isArray(rule[peers]) ? rule[peers] : [];
          if (ps.length === 0) {
            out.push(findingAt(at, fieldPath('spec', list, i, peers), `a rule without ${peers} admits ${every}: name the peers, got ${show(rule[peers])}`));
            continue;
          }
          ps.forEach((peer, j) => {
            const why = openPeer(peer);
            if (why) out.push(findingAt(at, fieldPath('spec', list, i, peers, j), `${why}: name the namespace (kubernetes.io/metadata.name) or the subnet`));
          });
        }
      }
      return out;
    }),
};

/** Whether a policy is a namespace's ingress default-deny: every pod, policy type Ingress, no ingress rule. */
function isDefaultDeny(m: Record<string, any>): boolean {
  const spec = isObject(m.spec) ? m.spec : {};
  const types: unknown[] = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
  return emptySelector(spec.podSelector) && types.includes('Ingress') && (!Array.isArray(spec.ingress) || spec.ingress.length === 0);
}

export const defaultDeny: Rule = {
  id: 'network/default-deny',
  description:
    'Every namespace a workload of an environment runs in has an ingress default-deny NetworkPolicy in that environment (podSelector {}, policyTypes [Ingress], no ingress rule), so a pod no policy admits traffic to accepts none.',
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const t of podTemplates(ctx)) {
      const ns = t.at.object.metadata.namespace;
      const key = `${t.env.name}\0${ns}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const denied = t.env.objects.some((o) => o.object.kind === NETWORK_POLICY && o.object.metadata.namespace === ns && isDefaultDeny(o.object as Record<string, any>));
      if (!denied) {
        out.push(
          findingAt(t.at, 'metadata.namespace', `namespace ${show(ns)} has no ingress default-deny NetworkPolicy in ${t.env.name} (podSelector {}, policyTypes [Ingress], no ingress rule): pods no policy selects accept traffic from every pod of the cluster`),
        );
      }
    }
    return out;
  },
};

export const NETWORK_RULES: readonly Rule[] = [policyPorts, clientExists, noOpenPeer, defaultDeny];
