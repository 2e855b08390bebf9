import { attempt } from '../../model/errors';
import { Quantity } from '../../model/quantity';
import { fieldPath, findingAt, isObject, Rule, show } from '../rule';
import { containersOf, ContainerAt, eachTemplate, PodTemplate } from './pod-security';

/*
 * Workload hardening beyond the Pod Security Standard, on every pod template an environment builds to (Rollouts
 * included): requests and limits, probes on declared ports, pinned images, an existing service account, and no
 * secret in plain sight.
 */

/** Regular and init containers (ephemeral containers take no resources or probes). */
function workContainers(t: PodTemplate): ContainerAt[] {
  return containersOf(t).filter((c) => !c.path.includes('ephemeralContainers'));
}

/** A Kubernetes quantity as a number; undefined when it is not one. */
export function parseQuantity(v: unknown): number | undefined {
  return attempt(() => Quantity.kubernetes(v))?.toNumber();
}

export const resources: Rule = {
  id: 'hardening/resources',
  description: 'Every container requests and limits cpu and memory with valid quantities, requests not above limits.',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of workContainers(t)) {
        const r = isObject(c.container.resources) ? c.container.resources : {};
        for (const kind of ['requests', 'limits']) {
          for (const res of ['cpu', 'memory']) {
            const v = r[kind]?.[res];
            const path = [...c.path, 'resources', kind, res];
            if (v === undefined) say(path, `container ${c.container.name} must set ${kind}.${res}, unset`);
            else if (parseQuantity(v) === undefined) say(path, `${show(v)} is not a Kubernetes quantity`);
          }
        }
        for (const res of ['cpu', 'memory']) {
          const req = parseQuantity(r.requests?.[res]);
          const lim = parseQuantity(r.limits?.[res]);
          if (req !== undefined && lim !== undefined && req > lim) say([...c.path, 'resources', 'requests', res], `${show(r.requests[res])} must not exceed the limit ${show(r.limits[res])}`);
        }
      }
    }),
};

const PROBES = ['readinessProbe', 'livenessProbe', 'startupProbe'];

export const probes: Rule = {
  id: 'hardening/probes',
  description: 'Every container has a readiness and a liveness probe, and every probe port is one the container declares.',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of workContainers(t)) {
        if (c.path.includes('initContainers')) continue;
        const ports: any[] = Array.isArray(c.container.ports) ? c.container.ports : [];
        const declared = ports.map((p) => (p?.name ? `${p.name} ${p.containerPort}` : String(p?.containerPort))).join(', ') || 'none';
        for (const probe of PROBES) {
          const p = c.container[probe];
          if (p === undefined) {
            if (probe !== 'startupProbe') say([...c.path, probe], `container ${c.container.name} has no ${probe}`);
            continue;
          }
          for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
            const port = p?.[handler]?.port;
            if (port === undefined) continue;
            const ok = typeof port === 'string' && !/^\d+$/.test(port) ? ports.some((x) => x?.name === port) : ports.some((x) => x?.containerPort === Number(port));
            if (!ok) say([...c.path, probe, handler, 'port'], `${show(port)} is not a port container ${c.container.name} declares (declared: ${declared})`);
          }
        }
      }
    }),
};

/** Repository, tag and digest of an image reference. */
export function parseImage(image: string): { repository: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  const tag = colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
  return { repository: tag === undefined ? ref : ref.slice(0, colon), tag, digest };
}

export const imageTag: Rule = {
  id: 'hardening/image-tag',
  description: 'Every image is pinned: a tag other than latest, or a digest (an untagged image means :latest).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) {
        const image = c.container.image;
        if (typeof image !== 'string') continue;
        const { tag, digest } = parseImage(image);
        if (digest) continue;
        if (tag === undefined) say([...c.path, 'image'], `${show(image)} has no tag, which means the mutable :latest: pin a version tag or a digest`);
        else if (tag === 'latest') say([...c.path, 'image'], `${show(image)} uses the mutable tag latest: pin a version tag or a digest`);
      }
    }),
};

export const serviceAccount: Rule = {
  id: 'hardening/service-account',
  description: "Every pod runs as a named ServiceAccount (not the namespace's default) that exists in its environment and namespace.",
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      const name = t.spec.serviceAccountName ?? t.spec.serviceAccount;
      const path = [...t.path, 'serviceAccountName'];
      const ns = t.at.object.metadata.namespace;
      if (name === undefined || name === 'default') {
        say(path, `must name the pod's own ServiceAccount, got ${show(name)}`);
        return;
      }
      const exists = t.env.objects.some((o) => o.object.kind === 'ServiceAccount' && o.object.metadata.name === name && o.object.metadata.namespace === ns);
      if (!exists) say(path, `ServiceAccount ${show(name)} does not exist in namespace ${show(ns)} of ${t.env.name}`);
    }),
};

const SECRET_NAME = /pass(word|wd)?|secret|token|api[-_]?key|private[-_]?key|credential|access[-_]?key|connection[-_]?string|conn[-_]?str/i;
const SECRET_VALUES: readonly [string, RegExp][] = [
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['an AWS access key', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['a JSON web token', /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  ['a connection string with a key or password', /(Password|Pwd|AccountKey|SharedAccessKey)=[^;\s]+/i],
  ['a URL with credentials', /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i],
  ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
  ['a Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
];

/** Why a literal looks like a secret, or undefined. */
export function secretLike(name: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  for (const [what, re] of SECRET_VALUES) if (re.test(value)) return `looks like ${what}`;
  // A secret-named key whose value could be a credential: not a flag, number, plain URL, reference or phrase, and long or
  // mixing letters and digits.
  const plain = /^(true|false|yes|no|on|off|\d+(\.\d+)?|[a-z][a-z0-9+.-]*:\/\/[^@\s]*)$/i.test(value) || /^\$\(|\{\{/.test(value) || value.length < 8 || /\s/.test(value);
  const credential = value.length >= 16 || (/[0-9]/.test(value) && /[A-Za-z]/.test(value));
  if (SECRET_NAME.test(name) && !plain && credential) return `is named like a secret`;
  return undefined;
}

function masked(value: string): string {
  return JSON.stringify(`${value.slice(0, 4)}****`);
}

export const secretLiteral: Rule = {
  id: 'hardening/secret-literal',
  description: 'No secret-looking literal in a container env value or a ConfigMap, and no Secret with data: secrets come from Key Vault through a SecretProviderClass.',
  check: (ctx) => {
    const out = eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) {
        (Array.isArray(c.container.env) ? c.container.env : []).forEach((e: any, i: number) => {
          const why = secretLike(String(e?.name ?? ''), e?.value);
          if (why) say([...c.path, 'env', i, 'value'], `${e.name} = ${masked(e.value)} ${why}: sync it from Key Vault and use valueFrom.secretKeyRef`);
        });
      }
    });
    // ConfigMaps and Secrets of the tree's files, and of each environment where it differs from its file's.
    for (const at of ctx.distinct) {
      const m = at.object as Record<string, any>;
      if (m.kind !== 'ConfigMap' && m.kind !== 'Secret') continue;
      if (m.kind === 'Secret') {
        for (const f of ['data', 'stringData']) {
          if (isObject(m[f]) && Object.keys(m[f]).length > 0) {
            out.push(findingAt(at, f, `Secret carries ${Object.keys(m[f]).map((k) => JSON.stringify(k)).join(', ')}: secret values never go to Git; sync them from Key Vault with a SecretProviderClass`));
          }
        }
        continue;
      }
      for (const [k, v] of Object.entries(isObject(m.data) ? m.data : {})) {
        const why = secretLike(k, v);
        if (why) out.push(findingAt(at, fieldPath('data', k), `${k} = ${masked(String(v))} ${why}: sync it from Key Vault into a Secret instead`));
      }
    }
    return out;
  },
};

export const HARDENING_RULES: readonly Rule[] = [resources, probes, imageTag, serviceAccount, secretLiteral];
