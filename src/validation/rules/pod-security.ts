import { valueAt } from '../../model/json-pointer';
import { POD_TEMPLATE_AT } from '../../model/pod-template';
import { Environment, fieldPath, findingAt, isObject, Located, Rule, RuleFinding, show, ValidationContext } from '../rule';

/*
 * The restricted Pod Security Standard (Kubernetes 1.27: baseline controls plus the restricted ones), applied to the
 * pod template of every workload an environment builds to, including Argo Rollouts, which kube-linter and
 * kube-score do not understand. https://kubernetes.io/docs/concepts/security/pod-security-standards/
 */

/** A pod template found in a workload: its pod spec, metadata, and the field path leading to them. */
export interface PodTemplate {
  readonly at: Located;
  readonly env: Environment;
  readonly spec: Record<string, any>;
  readonly metadata: Record<string, any>;
  /** Path of the pod spec, e.g. ['spec', 'template', 'spec']. */
  readonly path: readonly (string | number)[];
}

/** One container of a pod template, with its path. */
export interface ContainerAt {
  readonly container: Record<string, any>;
  readonly path: readonly (string | number)[];
}

/** Every pod template of every workload of every environment (a bare Pod counts, its own spec being the template). */
export function podTemplates(ctx: ValidationContext): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const env of ctx.environments) {
    for (const at of env.objects) {
      const m = at.object as Record<string, any>;
      if (m.kind === 'Pod' && isObject(m.spec)) {
        out.push({ at, env, spec: m.spec, metadata: m.metadata ?? {}, path: ['spec'] });
        continue;
      }
      const where = POD_TEMPLATE_AT[m.kind];
      if (!where) continue;
      const t = valueAt(m, where);
      if (isObject(t) && isObject(t.spec)) out.push({ at, env, spec: t.spec, metadata: isObject(t.metadata) ? t.metadata : {}, path: [...where, 'spec'] });
    }
  }
  return out;
}

/** Every container (init and ephemeral included) of a pod template. */
export function containersOf(t: PodTemplate): ContainerAt[] {
  return ['initContainers', 'containers', 'ephemeralContainers'].flatMap((list) =>
    (Array.isArray(t.spec[list]) ? t.spec[list] : []).map((container: unknown, i: number) => ({ container: isObject(container) ? container : {}, path: [...t.path, list, i] })),
  );
}

/** Runs `check` on every pod template, building findings with the template's object. */
export function eachTemplate(ctx: ValidationContext, check: (t: PodTemplate, say: (path: readonly (string | number)[], message: string) => void) => void): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const t of podTemplates(ctx)) check(t, (path, message) => out.push(findingAt(t.at, fieldPath(...path), message)));
  return out;
}

/** The effective value of a security-context field: the container's, else the pod's. */
function effective(t: PodTemplate, c: ContainerAt, field: string): { value: unknown; path: readonly (string | number)[] } {
  const own = c.container.securityContext?.[field];
  if (own !== undefined) return { value: own, path: [...c.path, 'securityContext', field] };
  return { value: t.spec.securityContext?.[field], path: [...c.path, 'securityContext', field] };
}

export const hostProcess: Rule = {
  id: 'pss/host-process',
  description: 'No Windows HostProcess pod or container (baseline).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      if (t.spec.securityContext?.windowsOptions?.hostProcess === true) say([...t.path, 'securityContext', 'windowsOptions', 'hostProcess'], 'must not be true, got true');
      for (const c of containersOf(t)) {
        if (c.container.securityContext?.windowsOptions?.hostProcess === true) say([...c.path, 'securityContext', 'windowsOptions', 'hostProcess'], 'must not be true, got true');
      }
    }),
};

export const hostNamespaces: Rule = {
  id: 'pss/host-namespaces',
  description: "No sharing of the host's network, PID or IPC namespace (baseline).",
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (t.spec[f] === true) say([...t.path, f], `must be unset or false, got true`);
    }),
};

export const privileged: Rule = {
  id: 'pss/privileged',
  description: 'No privileged container (baseline).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) if (c.container.securityContext?.privileged === true) say([...c.path, 'securityContext', 'privileged'], 'must be unset or false, got true');
    }),
};

export const capabilities: Rule = {
  id: 'pss/capabilities',
  description: 'Every container drops ALL capabilities and adds none but NET_BIND_SERVICE (restricted).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) {
        if (c.path.includes('ephemeralContainers')) continue;
        const caps = c.container.securityContext?.capabilities ?? {};
        const drop: unknown[] = Array.isArray(caps.drop) ? caps.drop : [];
        if (!drop.includes('ALL')) say([...c.path, 'securityContext', 'capabilities', 'drop'], `must include "ALL", got ${show(caps.drop)}`);
        const add: unknown[] = Array.isArray(caps.add) ? caps.add : [];
        const extra = add.filter((a) => a !== 'NET_BIND_SERVICE');
        if (extra.length > 0) say([...c.path, 'securityContext', 'capabilities', 'add'], `may add only "NET_BIND_SERVICE", got ${show(caps.add)}`);
      }
    }),
};

export const hostPorts: Rule = {
  id: 'pss/host-ports',
  description: 'No container port bound to a host port (baseline).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) {
        (Array.isArray(c.container.ports) ? c.container.ports : []).forEach((p: any, i: number) => {
          if (p?.hostPort !== undefined && p.hostPort !== 0) say([...c.path, 'ports', i, 'hostPort'], `must be unset or 0, got ${show(p.hostPort)}`);
        });
      }
    }),
};

export const appArmor: Rule = {
  id: 'pss/apparmor',
  description: 'No AppArmor profile other than runtime/default or a localhost/ profile (baseline).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      const metaPath = t.path.slice(0, -1);
      for (const [k, v] of Object.entries(t.metadata.annotations ?? {})) {
        if (!k.startsWith('container.apparmor.security.beta.kubernetes.io/')) continue;
        if (v !== 'runtime/default' && !(typeof v === 'string' && v.startsWith('localhost/'))) say([...metaPath, 'metadata', 'annotations', k], `must be "runtime/default" or "localhost/<profile>", got ${show(v)}`);
      }
    }),
};

const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t'];

export const seLinux: Rule = {
  id: 'pss/selinux',
  description: 'No custom SELinux user or role, and only the container SELinux types (baseline).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      const places = [{ sc: t.spec.securityContext, path: [...t.path, 'securityContext'] }, ...containersOf(t).map((c) => ({ sc: c.container.securityContext, path: [...c.path, 'securityContext'] }))];
      for (const { sc, path } of places) {
        const o = sc?.seLinuxOptions;
        if (!isObject(o)) continue;
        if (o.type !== undefined && !SELINUX_TYPES.includes(o.type)) say([...path, 'seLinuxOptions', 'type'], `must be one of container_t, container_init_t, container_kvm_t, got ${show(o.type)}`);
        for (const f of ['user', 'role']) if (o[f] !== undefined && o[f] !== '') say([...path, 'seLinuxOptions', f], `must be unset, got ${show(o[f])}`);
      }
    }),
};

export const procMount: Rule = {
  id: 'pss/proc-mount',
  description: 'The default /proc mount type only (baseline).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) {
        const v = c.container.securityContext?.procMount;
        if (v !== undefined && v !== 'Default') say([...c.path, 'securityContext', 'procMount'], `must be unset or "Default", got ${show(v)}`);
      }
    }),
};

export const seccomp: Rule = {
  id: 'pss/seccomp',
  description: 'Every container runs with the RuntimeDefault or a Localhost seccomp profile, set on the pod or the container (restricted).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      const ok = (v: unknown) => v === 'RuntimeDefault' || v === 'Localhost';
      const pod = t.spec.securityContext?.seccompProfile?.type;
      if (pod !== undefined && !ok(pod)) say([...t.path, 'securityContext', 'seccompProfile', 'type'], `must be "RuntimeDefault" or "Localhost", got ${show(pod)}`);
      for (const c of containersOf(t)) {
        const own = c.container.securityContext?.seccompProfile?.type;
        if (own !== undefined && !ok(own)) say([...c.path, 'securityContext', 'seccompProfile', 'type'], `must be "RuntimeDefault" or "Localhost", got ${show(own)}`);
        else if (own === undefined && pod === undefined) say([...c.path, 'securityContext', 'seccompProfile', 'type'], 'must be "RuntimeDefault" or "Localhost" (on the container or the pod), got (unset)');
      }
    }),
};

const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
];

export const sysctls: Rule = {
  id: 'pss/sysctls',
  description: 'Only the safe sysctls (baseline).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      (Array.isArray(t.spec.securityContext?.sysctls) ? t.spec.securityContext.sysctls : []).forEach((s: any, i: number) => {
        if (!SAFE_SYSCTLS.includes(s?.name)) say([...t.path, 'securityContext', 'sysctls', i, 'name'], `must be one of ${SAFE_SYSCTLS.join(', ')}, got ${show(s?.name)}`);
      });
    }),
};

const VOLUME_TYPES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];

export const volumeTypes: Rule = {
  id: 'pss/volume-types',
  description: 'Only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes: no hostPath (restricted).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      (Array.isArray(t.spec.volumes) ? t.spec.volumes : []).forEach((v: any, i: number) => {
        for (const k of Object.keys(isObject(v) ? v : {})) {
          if (k !== 'name' && !VOLUME_TYPES.includes(k)) say([...t.path, 'volumes', i, k], `volume type ${k} is not allowed (allowed: ${VOLUME_TYPES.join(', ')}), got ${show(v[k])}`);
        }
      });
    }),
};

export const privilegeEscalation: Rule = {
  id: 'pss/privilege-escalation',
  description: 'Every container sets allowPrivilegeEscalation: false (restricted).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) {
        if (c.path.includes('ephemeralContainers')) continue;
        const v = c.container.securityContext?.allowPrivilegeEscalation;
        if (v !== false) say([...c.path, 'securityContext', 'allowPrivilegeEscalation'], `must be false, got ${show(v)}`);
      }
    }),
};

export const runAsNonRoot: Rule = {
  id: 'pss/run-as-non-root',
  description: 'Every container runs with runAsNonRoot: true, set on the pod or the container (restricted).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      for (const c of containersOf(t)) {
        const e = effective(t, c, 'runAsNonRoot');
        if (e.value !== true) say(e.path, `must be true (on the container or the pod), got ${show(e.value)}`);
      }
    }),
};

export const runAsUser: Rule = {
  id: 'pss/run-as-user',
  description: 'No pod or container sets runAsUser: 0 (restricted).',
  check: (ctx) =>
    eachTemplate(ctx, (t, say) => {
      if (t.spec.securityContext?.runAsUser === 0) say([...t.path, 'securityContext', 'runAsUser'], 'must not be 0 (root), got 0');
      for (const c of containersOf(t)) if (c.container.securityContext?.runAsUser === 0) say([...c.path, 'securityContext', 'runAsUser'], 'must not be 0 (root), got 0');
    }),
};

export const POD_SECURITY_RULES: readonly Rule[] = [
  hostProcess,
  hostNamespaces,
  privileged,
  capabilities,
  hostPorts,
  appArmor,
  seLinux,
  procMount,
  seccomp,
  sysctls,
  volumeTypes,
  privilegeEscalation,
  runAsNonRoot,
  runAsUser,
];
