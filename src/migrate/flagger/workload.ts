import { ConfigError } from '../../model/errors';
import { IMAGE_DIGEST, IMAGE_DIGEST_FORM } from '../../model/image-tags';
import { ENV_VAR } from '../../model/names';
import { Quantity } from '../../model/quantity';
import { show } from '../../model/show';
import { Surge } from '../../model/surge';
import { Entries, fieldOf } from './entries';
import { findReferenced, InputObject, objectLabel } from './read';

/*
 * The objects a Canary targets, as the application's container, resources, settings and scaling: the Deployment (its
 * one container), the HorizontalPodAutoscaler, and the ConfigMaps its container reads as environment variables.
 */

/** The container as the configuration states it; a probe path may be a placeholder synth refuses until replaced. */
export interface ContainerDraft {
  readonly port: number;
  readonly protocol: 'http' | 'grpc';
  readonly metricsPort?: number;
  readonly metricsPath?: string;
  readonly readinessPath?: string;
  readonly livenessPath?: string;
  readonly startupPath?: string;
  readonly runAsUser?: number;
}

/** What the workload objects become. */
export interface WorkloadDraft {
  readonly image: string;
  readonly tag: string;
  /** The digest the image reference pins with its tag (`repo:tag@sha256:…`). @default - none */
  readonly digest?: string;
  readonly container: ContainerDraft;
  readonly resources: { readonly requests: { readonly cpu: string; readonly memory: string }; readonly limits: { readonly cpu: string; readonly memory: string } };
  readonly settings: Readonly<Record<string, string>>;
  readonly maxSurge: number | string;
  readonly scaling: { readonly minReplicas: number; readonly maxReplicas: number; readonly targetCpuUtilization: number; readonly maxUnavailable: number };
}

/** The Canary's view of the container: the port its Services target and the protocol they speak. */
export interface ServiceView {
  /** `spec.service.targetPort`, else `spec.service.port` (Flagger's default). */
  readonly targetPort: number | string;
  /** Whether the Canary's Services speak gRPC (portName or appProtocol). */
  readonly grpc: boolean;
}

/** new app's defaults, for what the Deployment does not state. */
export const DEFAULT_RESOURCES = { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } } as const;

/** The CPU target of an autoscaling/v2 HPA without metrics (Kubernetes' default). */
const HPA_DEFAULT_CPU = 80;

/** Reasons a pod template field is not migrated. */
const POD_FIELD_REASONS: Readonly<Record<string, string>> = {
  serviceAccountName: 'the pods run as the ServiceAccount gridops generates for the application (its workload identity when it has Azure settings)',
  serviceAccount: 'the pods run as the ServiceAccount gridops generates for the application',
  imagePullSecrets: 'the pods pull with the cluster\'s own identity (AKS with its registry attached): no pull Secret',
  terminationGracePeriodSeconds: 'Kubernetes\' default (30s) applies',
  topologySpreadConstraints: 'gridops spreads the pods over zones (topology.kubernetes.io/zone)',
  automountServiceAccountToken: 'gridops mounts the token (workload identity needs it)',
  enableServiceLinks: 'gridops turns service links off',
};

/** Reasons a container field is not migrated. */
const CONTAINER_FIELD_REASONS: Readonly<Record<string, string>> = {
  name: 'the container is named after the application',
};

/** A command line as words (`./podinfo --port=9898`), else the value as JSON. */
function words(v: unknown): string {
  return Array.isArray(v) && v.every((w) => typeof w === 'string') ? v.join(' ') : show(v);
}

/** A volume in words: `config (ConfigMap podinfo)`. */
function volumeText(v: Record<string, any>): string {
  const source = Object.keys(v).find((k) => k !== 'name');
  const named = source ? (v[source] as Record<string, unknown> | undefined) : undefined;
  const ref = named && typeof named === 'object' ? (named.name ?? named.secretName ?? named.claimName) : undefined;
  const kind = source === 'configMap' ? 'ConfigMap' : source === 'secret' ? 'Secret' : source === 'persistentVolumeClaim' ? 'PersistentVolumeClaim' : (source ?? 'no source');
  return `${v.name} (${kind}${typeof ref === 'string' ? ` ${ref}` : ''})`;
}

/** The first path in an exec probe's command that probes HTTP on localhost (`podcli check http localhost:9898/healthz`). */
function execHttpPath(command: unknown): { port?: number; path: string } | undefined {
  if (!Array.isArray(command)) return undefined;
  for (const arg of command) {
    const m = typeof arg === 'string' ? /^(?:https?:\/\/)?(?:localhost|127\.0\.0\.1)(?::(\d+))?(\/\S*)?$/.exec(arg) : null;
    if (m) return { port: m[1] !== undefined ? Number(m[1]) : undefined, path: m[2] ?? '/' };
  }
  return undefined;
}

/** `repository:tag`, and the digest after it (`@sha256:…`); a ConfigError for an image without a tag or a bad digest. */
function splitImage(image: unknown, e: Entries, field: string): { repository: string; tag: string; digest?: string } {
  const where = `${e.file}: ${e.label}: ${field}`;
  if (typeof image !== 'string' || image === '') throw new ConfigError(`${where}: the container has no image`);
  const [ref, digest, ...rest] = image.split('@');
  const m = /^(.*[^/]):([\w][\w.-]{0,127})$/.exec(ref);
  if (!m || m[1].includes('@')) {
    throw new ConfigError(`${where} ${show(image)} has no tag${digest ? ' (a digest alone)' : ''}: gridops pins a tag per environment in src/config/image-tags.yaml; give the image its tag`);
  }
  if (digest !== undefined && (rest.length > 0 || !IMAGE_DIGEST.test(digest))) {
    throw new ConfigError(`${where} ${show(image)}: ${show(image.slice(image.indexOf('@') + 1))} is not an image digest (${IMAGE_DIGEST_FORM})`);
  }
  return { repository: m[1], tag: m[2], ...(digest ? { digest } : {}) };
}

/** A quantity in the configuration's form, or a refusal naming the field. */
function quantity(e: Entries, field: string, value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  try {
    return Quantity.parse(text as string).toString();
  } catch {
    e.refused(field, `${show(value)} is not in the configuration's form of a quantity (250m, 1, 0.5, 512Mi): write it so`);
    return undefined;
  }
}

/**
 * The Deployment's container (the one serving the Canary's target port; every other container is refused), its image,
 * probes, resources and environment, and the Deployment's rolling update surge. Throws a ConfigError for an image
 * without a tag.
 */
export function mapDeployment(input: readonly InputObject[], deployment: InputObject, service: ServiceView, hasAutoscaler: boolean, app: string): {
  entries: Entries;
  draft: Omit<WorkloadDraft, 'scaling'>;
  replicas: number;
  configMaps: InputObject[];
} {
  const d = deployment.object;
  const e = new Entries(d, deployment.file);
  const spec = (d.spec ?? {}) as Record<string, any>;
  const pod = (spec.template?.spec ?? {}) as Record<string, any>;
  const containers: Record<string, any>[] = Array.isArray(pod.containers) ? pod.containers : [];
  if (containers.length === 0) throw new ConfigError(`${deployment.file}: ${objectLabel(d)}: spec.template.spec.containers is empty`);
  const declares = (c: Record<string, any>) =>
    (c.ports ?? []).some((p: Record<string, unknown>) => p.containerPort === service.targetPort || p.name === service.targetPort);
  const index = containers.length === 1 ? 0 : Math.max(0, containers.findIndex(declares));
  const c = containers[index];
  const cf = `spec.template.spec.containers[${index}]`;
  containers.forEach((_, i) => {
    if (i !== index) e.refused(`spec.template.spec.containers[${i}]`, 'gridops runs one container per pod (the application\'s): move this one out of the pod, or into the image', `container ${containers[i].name}`);
  });

  // metadata and the Deployment's own spec
  e.mapped('metadata.name', `the Rollout ${app}`);
  for (const k of Object.keys(d.metadata)) {
    if (k === 'name') continue;
    if (k === 'namespace') e.dropped('metadata.namespace', 'every environment states its own namespace');
    else if (k === 'labels' || k === 'annotations') e.dropped(`metadata.${k}`, `${k} of the Deployment itself: gridops labels what it generates (app.kubernetes.io/name: ${app}, …)`);
    else e.dropped(`metadata.${k}`, 'set by the API server');
  }
  for (const k of Object.keys(spec)) {
    const f = `spec.${k}`;
    if (k === 'template') continue;
    if (k === 'replicas') {
      if (hasAutoscaler) e.dropped(f, 'the HPA owns the count: the Rollout sets no spec.replicas');
    } else if (k === 'selector') e.changed(f, `the Rollout's selector app.kubernetes.io/name: ${app}`, 'gridops labels and selects its pods itself');
    else if (k === 'strategy') {
      for (const sk of Object.keys(spec.strategy ?? {})) {
        if (sk === 'rollingUpdate') {
          for (const rk of Object.keys(spec.strategy.rollingUpdate ?? {})) {
            if (rk === 'maxSurge') continue;
            e.changed(`spec.strategy.rollingUpdate.${rk}`, 'canary maxUnavailable: 0', 'no stable pod goes before its replacement is available (the canary steps replace the rolling update)');
          }
        } else e.changed(`spec.strategy.${sk}`, 'the Rollout\'s canary steps', 'the canary steps (canary.weights, canary.pauses) replace the Deployment\'s update strategy');
      }
    } else if (k === 'progressDeadlineSeconds') e.dropped(f, 'the Deployment\'s own deadline (Flagger\'s is the Canary\'s spec.progressDeadlineSeconds, which is migrated)');
    else if (k === 'revisionHistoryLimit') e.dropped(f, 'the Rollout keeps 5 revisions');
    else if (k === 'minReadySeconds') e.dropped(f, 'a pod counts as available once Ready');
    else e.dropped(f, 'gridops generates the Rollout\'s spec itself (src/constructs/workload/canary-rollout.ts)');
  }
  const surgeValue = spec.strategy?.rollingUpdate?.maxSurge;
  let maxSurge: number | string = '25%';
  if (surgeValue !== undefined) {
    try {
      Surge.parse(surgeValue);
      maxSurge = surgeValue;
      e.mapped('spec.strategy.rollingUpdate.maxSurge', `canary.maxSurge: ${show(surgeValue)}`);
    } catch {
      e.changed('spec.strategy.rollingUpdate.maxSurge', "canary.maxSurge: '25%'", `${show(surgeValue)} is not a number of pods or a percentage: Kubernetes' default instead`);
    }
  }

  // the pod template
  const tmeta = (spec.template?.metadata ?? {}) as Record<string, any>;
  for (const k of Object.keys(tmeta)) {
    if (k === 'annotations') continue;
    e.dropped(`spec.template.metadata.${k}`, k === 'labels' ? `gridops labels its pods (app.kubernetes.io/name: ${app}, …) and selects them by those labels` : 'not used by gridops');
  }
  const annotations = (tmeta.annotations ?? {}) as Record<string, unknown>;
  const annotationField = (k: string) => `spec.template.metadata.annotations${fieldOf([k]).replace(/^(?=[A-Za-z_$])/, '.')}`;
  for (const k of Object.keys(annotations)) {
    if (k === 'prometheus.io/port' || k === 'prometheus.io/path') continue;
    if (k === 'prometheus.io/scrape') e.changed(annotationField(k), 'a PodMonitor', 'prometheus-operator ignores prometheus.io annotations: the application\'s PodMonitor has the pods scraped');
    else e.dropped(annotationField(k), 'pod annotations are gridops\' own (a hash of the settings)');
  }
  for (const k of Object.keys(pod)) {
    if (k === 'containers' || k === 'securityContext') continue;
    if (k === 'initContainers') e.refused('spec.template.spec.initContainers', 'gridops runs one container per pod and no init container: do its work in the image or in the application', `${(pod.initContainers ?? []).length} init containers`);
    else if (k === 'volumes') {
      const volumes: Record<string, any>[] = Array.isArray(pod.volumes) ? pod.volumes : [];
      const configMaps = volumes.filter((v) => v.configMap?.name !== undefined).map((v) => `ConfigMap ${v.configMap.name}`);
      e.changedWithWarning(
        'spec.template.spec.volumes',
        'no volumes but /tmp (an emptyDir) and the Key Vault',
        'gridops mounts /tmp (an emptyDir) and the Key Vault only: files the container read from these volumes are gone',
        `${volumes.map(volumeText).join(', ') || show(pod.volumes)} not migrated: gridops mounts /tmp (an emptyDir) and the Key Vault only, so the container finds none of these files${configMaps.length > 0 ? ` (${configMaps.join(', ')}: its keys are files no more)` : ''}; put the files in the image, or read them as settings`,
      );
    } else e.dropped(`spec.template.spec.${k}`, POD_FIELD_REASONS[k] ?? 'gridops generates the pod\'s spec itself (src/constructs/workload/canary-rollout.ts)');
  }

  // the container: image, ports, probes
  const { repository, tag, digest } = splitImage(c.image, e, `${cf}.image`);
  e.mapped(
    `${cf}.image`,
    `image: ${show(repository)}, tag ${tag}${digest ? ` and digest ${digest}` : ''} (src/config/image-tags.yaml)`,
    digest ? `pinned as ${tag}@${digest} in every environment whose tag policy allows ${tag}` : undefined,
  );
  const ports: Record<string, any>[] = Array.isArray(c.ports) ? c.ports : [];
  const portNumber = (p: unknown): number | undefined =>
    typeof p === 'number' ? p : typeof p === 'string' ? (ports.find((x) => x.name === p)?.containerPort as number | undefined) ?? (/^\d+$/.test(p) ? Number(p) : undefined) : undefined;
  const appPort = portNumber(service.targetPort);
  if (appPort === undefined) throw new ConfigError(`${deployment.file}: ${objectLabel(d)}: ${cf} has no port named ${show(service.targetPort)} (the Canary's spec.service.targetPort)`);
  const appPortEntry = ports.findIndex((p) => p.containerPort === appPort);
  const appPortName = appPortEntry >= 0 ? ports[appPortEntry].name : undefined;
  const grpc = service.grpc || appPortName === 'grpc';
  const protocol = grpc ? 'grpc' : 'http';
  // the metrics: prometheus.io/port, else a port named like metrics, else the application's port
  const annotatedPort = portNumber(typeof annotations['prometheus.io/port'] === 'string' && /^\d+$/.test(annotations['prometheus.io/port']) ? Number(annotations['prometheus.io/port']) : annotations['prometheus.io/port']);
  const metricsIndex = ports.findIndex((p) => p.containerPort !== appPort && /metrics/.test(String(p.name ?? '')));
  const metricsPort = annotatedPort ?? (metricsIndex >= 0 ? (ports[metricsIndex].containerPort as number) : undefined);
  if (annotations['prometheus.io/port'] !== undefined) {
    e.mapped(annotationField('prometheus.io/port'), metricsPort !== undefined && metricsPort !== appPort ? `container.metricsPort: ${metricsPort} (the PodMonitor's port)` : 'the PodMonitor scrapes the application\'s port');
  }
  const metricsPath = typeof annotations['prometheus.io/path'] === 'string' ? annotations['prometheus.io/path'] : undefined;
  if (metricsPath !== undefined) e.mapped(annotationField('prometheus.io/path'), metricsPath === '/metrics' ? 'the PodMonitor scrapes /metrics (the default)' : `container.metricsPath: ${show(metricsPath)}`);
  ports.forEach((p, i) => {
    const f = `${cf}.ports[${i}]`;
    if (p.containerPort === appPort) e.mapped(f, `container.port: ${appPort} (${protocol}; the Services target it by name, ${protocol})`);
    else if (p.containerPort === metricsPort) e.mapped(f, `container.metricsPort: ${metricsPort} (named metrics; the PodMonitor scrapes it)`);
    else e.dropped(f, `gridops declares the application's port${metricsPort !== undefined ? ' and its metrics port' : ''} only: nothing reaches ${p.name ?? p.containerPort} any more`);
  });
  if (grpc && (metricsPort === undefined || metricsPort === appPort)) {
    e.refused(`${cf}.ports`, 'a gRPC container needs a metrics port of its own (Prometheus scrapes /metrics over HTTP/1.1): declare a port named metrics, or the pod annotation prometheus.io/port');
  }

  const probes: { field: 'readinessProbe' | 'livenessProbe' | 'startupProbe'; path?: string }[] = [];
  for (const field of ['readinessProbe', 'livenessProbe', 'startupProbe'] as const) {
    const probe = c[field] as Record<string, any> | undefined;
    const f = `${cf}.${field}`;
    const timings = 'its timings are gridops\' (initial delay, period, timeout and thresholds)';
    if (probe === undefined) {
      if (field !== 'startupProbe') probes.push({ field });
      continue;
    }
    if (grpc) {
      if (probe.grpc) e.mapped(f, 'the kubelet\'s gRPC health check on the container port', timings);
      else e.changed(f, 'the kubelet\'s gRPC health check on the container port', `a gRPC health check (grpc.health.v1.Health) replaces this probe; ${timings}`);
      continue;
    }
    if (probe.httpGet) {
      const port = portNumber(probe.httpGet.port);
      const given: unknown = probe.httpGet.path;
      if (given !== undefined && typeof given !== 'string') {
        e.refused(`${f}.httpGet.path`, `${show(given)} is not a path: write the probe's path as a string (/healthz)`);
        continue;
      }
      // the kubelet requests a path without its leading / as if it had one, and / when none is given
      const path = given === undefined || given === '' ? '/' : given.startsWith('/') ? given : `/${given}`;
      probes.push({ field, path });
      e.mapped(f, `container.${field.replace('Probe', 'Path')}: ${show(path)}`, [port !== appPort ? `probed on the application's port ${appPort}, not ${show(probe.httpGet.port)}` : undefined, timings].filter(Boolean).join('; '));
      continue;
    }
    const exec = probe.exec ? execHttpPath(probe.exec.command) : undefined;
    if (exec) {
      probes.push({ field, path: exec.path });
      e.changed(
        f,
        `container.${field.replace('Probe', 'Path')}: ${show(exec.path)}`,
        `an HTTP GET of ${exec.path} on the application's port replaces the command ${show((probe.exec.command as unknown[]).join(' '))}${exec.port !== undefined && exec.port !== appPort ? ` (which probed port ${exec.port})` : ''}; ${timings}`,
      );
      continue;
    }
    probes.push({ field });
    e.changed(f, `container.${field.replace('Probe', 'Path')}: a placeholder`, `gridops probes HTTP containers with HTTP GETs: write the path that answers 200 when the container is ${field === 'readinessProbe' ? 'ready' : 'alive'}`);
  }
  const pathOf = (field: string) => probes.find((p) => p.field === field)?.path;
  const placeholder = (what: string) => `TODO(${what} path of ${app})`;
  const readinessPath = grpc ? undefined : (pathOf('readinessProbe') ?? placeholder('readiness probe'));
  const livenessPath = grpc ? undefined : (pathOf('livenessProbe') ?? placeholder('liveness probe'));
  const startup = grpc ? undefined : pathOf('startupProbe');
  for (const missing of ['readinessProbe', 'livenessProbe'] as const) {
    if (!grpc && c[missing] === undefined) e.changed(`${cf}.${missing}`, `container.${missing.replace('Probe', 'Path')}: a placeholder`, `the container has no ${missing}: gridops requires one (an HTTP GET); write its path`);
  }

  // resources: the Deployment's, else new app's defaults, and never a request above its limit
  const res = (c.resources ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const amount: Record<string, Record<string, string>> = { requests: {}, limits: {} };
  for (const kind of ['requests', 'limits'] as const) {
    for (const r of ['cpu', 'memory'] as const) {
      const v = res[kind]?.[r];
      if (v !== undefined) {
        const q = quantity(e, `${cf}.resources.${kind}.${r}`, v);
        if (q !== undefined) amount[kind][r] = q;
      }
    }
    for (const other of Object.keys(res[kind] ?? {})) {
      if (other !== 'cpu' && other !== 'memory') e.dropped(`${cf}.resources.${kind}.${fieldOf([other])}`, 'gridops requests and limits cpu and memory only');
    }
  }
  for (const other of Object.keys(res)) if (other !== 'requests' && other !== 'limits') e.dropped(`${cf}.resources.${other}`, 'gridops requests and limits cpu and memory only');
  const resources = { requests: { cpu: '', memory: '' }, limits: { cpu: '', memory: '' } };
  for (const r of ['cpu', 'memory'] as const) {
    const req = amount.requests[r];
    const lim = amount.limits[r];
    const n = (q: string) => Quantity.parse(q).toNumber();
    if (req !== undefined && lim !== undefined && n(req) > n(lim)) e.refused(`${cf}.resources.requests.${r}`, `the request ${req} is above the limit ${lim}`);
    resources.requests[r] = req ?? (lim !== undefined && n(DEFAULT_RESOURCES.requests[r]) > n(lim) ? lim : DEFAULT_RESOURCES.requests[r]);
    resources.limits[r] = lim ?? (n(DEFAULT_RESOURCES.limits[r]) < n(resources.requests[r]) ? resources.requests[r] : DEFAULT_RESOURCES.limits[r]);
    if (req !== undefined) e.mapped(`${cf}.resources.requests.${r}`, `resources.requests.${r}: ${show(req)}`);
    else e.changed(`${cf}.resources.requests.${r}`, `resources.requests.${r}: ${show(resources.requests[r])}`, 'not set: every container requests cpu and memory (hardening/resources); gridops new app\'s default');
    if (lim !== undefined) e.mapped(`${cf}.resources.limits.${r}`, `resources.limits.${r}: ${show(lim)}`);
    else e.changed(`${cf}.resources.limits.${r}`, `resources.limits.${r}: ${show(resources.limits[r])}`, 'not set: every container has limits (hardening/resources); gridops new app\'s default, or the request when that is higher');
  }

  // the environment: literal values become settings (a ConfigMap the container reads with envFrom)
  const settings: Record<string, string> = {};
  const configMaps: InputObject[] = [];
  (Array.isArray(c.env) ? c.env : []).forEach((v: Record<string, any>, i: number) => {
    const f = `${cf}.env[${i}]`;
    if (typeof v.name !== 'string' || !ENV_VAR.test(v.name)) e.dropped(f, `${show(v.name)} is not an environment variable name gridops' settings take`);
    else if (v.valueFrom?.secretKeyRef) {
      const ref = v.valueFrom.secretKeyRef as Record<string, unknown>;
      e.refused(
        f,
        `a Secret's key (Secret ${show(ref.name)}, key ${show(ref.key)}): gridops reads secrets from Key Vault, not from Secrets; remove ${v.name} from the input and migrate, then add secrets: [{ keyVaultObject: '<name>', env: '${v.name}' }] and the application's azure settings by hand`,
        `env ${v.name}`,
      );
    } else if (v.valueFrom) {
      e.changedWithWarning(
        f,
        'not set',
        `${Object.keys(v.valueFrom).join(', ')}: gridops sets no such variable`,
        `${v.name} from ${Object.keys(v.valueFrom).join(', ')} not migrated: gridops sets no such variable, the container starts without it; make the application do without it, or add it to settings`,
      );
    }
    else {
      settings[v.name] = String(v.value ?? '');
      e.mapped(f, `settings.${v.name}: ${show(settings[v.name])}`, 'read from the application\'s ConfigMap');
    }
  });
  (Array.isArray(c.envFrom) ? c.envFrom : []).forEach((v: Record<string, any>, i: number) => {
    const f = `${cf}.envFrom[${i}]`;
    const prefix = typeof v.prefix === 'string' ? v.prefix : '';
    if (v.configMapRef?.name) {
      const cm = findReferenced(input, d, 'ConfigMap', v.configMapRef.name);
      if (!cm) {
        e.refused(f, `ConfigMap ${v.configMapRef.name} is not in the input, so its keys cannot become settings: give its YAML too (e.g. helm template of the chart)`, `ConfigMap ${v.configMapRef.name}`);
        return;
      }
      configMaps.push(cm);
      const data = ((cm.object as Record<string, any>).data ?? {}) as Record<string, unknown>;
      const keys = Object.keys(data).filter((k) => ENV_VAR.test(prefix + k));
      for (const k of keys) settings[prefix + k] = String(data[k]);
      e.changed(f, `settings: ${keys.map((k) => prefix + k).join(', ') || '(none)'}`, `the keys of ConfigMap ${v.configMapRef.name}, copied into the application's own settings ConfigMap`);
    } else if (v.secretRef) {
      e.refused(
        f,
        `a Secret's keys as environment variables (Secret ${show(v.secretRef.name)}): gridops reads secrets from Key Vault, not from Secrets; remove it from the input and migrate, then add each variable to secrets: [{ keyVaultObject: '<name>', env: '<VARIABLE>' }] and the application's azure settings by hand`,
        `Secret ${v.secretRef.name}`,
      );
    } else e.dropped(f, 'gridops reads no such source');
  });

  // the security context: the user id is kept, the rest is gridops' restricted profile
  let runAsUser: number | undefined;
  for (const [f, sc] of [
    ['spec.template.spec.securityContext', pod.securityContext],
    [`${cf}.securityContext`, c.securityContext],
  ] as const) {
    for (const k of Object.keys((sc ?? {}) as object)) {
      const v = (sc as Record<string, unknown>)[k];
      if (k === 'runAsUser' && typeof v === 'number' && Number.isInteger(v) && v >= 1) {
        runAsUser = v;
        e.mapped(`${f}.runAsUser`, `container.runAsUser: ${v}`);
      } else e.dropped(`${f}.${k}`, 'gridops runs every pod with the restricted Pod Security Standard (non-root, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp, read-only root filesystem)');
    }
  }

  for (const k of Object.keys(c)) {
    if (['image', 'ports', 'readinessProbe', 'livenessProbe', 'startupProbe', 'resources', 'env', 'envFrom', 'securityContext'].includes(k)) continue;
    const f = `${cf}.${k}`;
    if (k === 'imagePullPolicy') e.mapped(f, 'IfNotPresent (tags are pinned)');
    else if (k === 'command') {
      e.changedWithWarning(f, "the image's entrypoint", "gridops sets no command: the image's own entrypoint runs as built, without these flags", `${words(c.command)} not migrated: gridops runs the image's own entrypoint; put the flags in the image or settings`);
    } else if (k === 'args') {
      e.changedWithWarning(f, "the image's default arguments", "gridops sets no arguments: the image's default arguments apply, not these", `${words(c.args)} not migrated: gridops runs the image's own entrypoint with its default arguments; put the flags in the image or settings`);
    } else if (k === 'volumeMounts') {
      const mounts: Record<string, any>[] = Array.isArray(c.volumeMounts) ? c.volumeMounts : [];
      e.changedWithWarning(
        f,
        'no mounts but /tmp and the Key Vault',
        'gridops mounts /tmp and the Key Vault only (its root filesystem is read-only)',
        `${mounts.map((x) => `${x.name} at ${x.mountPath}`).join(', ') || show(c.volumeMounts)} not migrated: gridops mounts /tmp and the Key Vault only, on a read-only root filesystem, so nothing is at these paths and writes there fail; write to /tmp, put the files in the image, or read them as settings`,
      );
    } else e.dropped(f, CONTAINER_FIELD_REASONS[k] ?? 'gridops generates the container\'s spec itself (src/constructs/workload/canary-rollout.ts)');
  }

  // a metrics port the dropped command line opens: kept, and nothing may answer on it
  if (metricsPort !== undefined && metricsPort !== appPort) {
    const opens = new RegExp(`(^|[^0-9])${metricsPort}($|[^0-9])`);
    for (const k of ['command', 'args'] as const) {
      const flag = (Array.isArray(c[k]) ? (c[k] as unknown[]) : []).find((w): w is string => typeof w === 'string' && opens.test(w));
      if (flag !== undefined) {
        e.warn(`${cf}.${k}`, `${flag} opens the metrics port ${metricsPort}, which is kept (container.metricsPort: ${metricsPort}, the PodMonitor's port) while the flag is not migrated: unless the image opens ${metricsPort} by itself, nothing answers there and the analysis gets no metrics; put the flag in the image`);
        break;
      }
    }
  }

  return {
    entries: e,
    draft: {
      image: repository,
      tag,
      ...(digest ? { digest } : {}),
      container: {
        port: appPort,
        protocol,
        ...(metricsPort !== undefined && metricsPort !== appPort ? { metricsPort } : {}),
        ...(metricsPath !== undefined && metricsPath !== '/metrics' ? { metricsPath } : {}),
        ...(readinessPath !== undefined ? { readinessPath } : {}),
        ...(livenessPath !== undefined ? { livenessPath } : {}),
        ...(startup !== undefined && startup !== livenessPath ? { startupPath: startup } : {}),
        ...(runAsUser !== undefined ? { runAsUser } : {}),
      },
      resources,
      settings,
      maxSurge,
    },
    replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
    configMaps,
  };
}

/**
 * The HorizontalPodAutoscaler as the application's scaling: its bounds (at least 2 pods: a disruption budget needs
 * two) and its CPU target; other metrics are not migrated.
 */
export function mapAutoscaler(hpa: InputObject, app: string, primaryReplicas?: { minReplicas?: number; maxReplicas?: number }): { entries: Entries; scaling: WorkloadDraft['scaling'] } {
  const h = hpa.object;
  const e = new Entries(h, hpa.file);
  const spec = (h.spec ?? {}) as Record<string, any>;
  e.mapped('metadata.name', `the HorizontalPodAutoscaler ${app}`);
  for (const k of Object.keys(h.metadata)) if (k !== 'name') e.dropped(`metadata.${k}`, k === 'namespace' ? 'every environment states its own namespace' : k === 'labels' || k === 'annotations' ? `${k} of the HPA itself: gridops labels what it generates` : 'set by the API server');
  let min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
  let max = typeof spec.maxReplicas === 'number' ? spec.maxReplicas : min;
  if (primaryReplicas?.minReplicas !== undefined) min = primaryReplicas.minReplicas;
  if (primaryReplicas?.maxReplicas !== undefined) max = primaryReplicas.maxReplicas;
  const minReplicas = Math.max(2, min);
  const maxReplicas = Math.max(minReplicas, max);
  let cpu: number | undefined;
  for (const k of Object.keys(spec)) {
    const f = `spec.${k}`;
    if (k === 'scaleTargetRef') e.mapped(f, `the Rollout ${app}`);
    else if (k === 'minReplicas') {
      if (primaryReplicas?.minReplicas !== undefined) e.dropped(f, 'the Canary\'s spec.autoscalerRef.primaryScalerReplicas.minReplicas is the steady state\'s');
      else if (minReplicas === spec.minReplicas) e.mapped(f, `scaling.minReplicas: ${minReplicas}`);
      else e.changed(f, `scaling.minReplicas: ${minReplicas}`, `a single pod cannot keep a PodDisruptionBudget (rollouts/hpa-pdb): at least 2`);
    } else if (k === 'maxReplicas') {
      if (primaryReplicas?.maxReplicas !== undefined) e.dropped(f, 'the Canary\'s spec.autoscalerRef.primaryScalerReplicas.maxReplicas is the steady state\'s');
      else if (maxReplicas === spec.maxReplicas) e.mapped(f, `scaling.maxReplicas: ${maxReplicas}`);
      else e.changed(f, `scaling.maxReplicas: ${maxReplicas}`, 'at least minReplicas');
    } else if (k === 'targetCPUUtilizationPercentage' && typeof spec[k] === 'number') {
      cpu = spec[k];
      e.mapped(f, `scaling.targetCpuUtilization: ${cpu}`);
    } else if (k === 'metrics') {
      (Array.isArray(spec.metrics) ? spec.metrics : []).forEach((m: Record<string, any>, i: number) => {
        const mf = `spec.metrics[${i}]`;
        const util = m.type === 'Resource' && m.resource?.name === 'cpu' && m.resource?.target?.type === 'Utilization' ? m.resource.target.averageUtilization : undefined;
        if (typeof util === 'number' && cpu === undefined) {
          cpu = Math.min(100, Math.max(1, Math.round(util)));
          if (cpu === util) e.mapped(mf, `scaling.targetCpuUtilization: ${cpu}`);
          else e.changed(mf, `scaling.targetCpuUtilization: ${cpu}`, `the configuration takes a CPU target of 1-100% of the request, not ${util}`);
        } else e.dropped(mf, `gridops' HPA scales on the CPU utilisation only: ${m.type === 'Resource' ? `${m.resource?.name} (${m.resource?.target?.type})` : m.type} is not a target any more`);
      });
    } else e.dropped(f, k === 'behavior' ? 'Kubernetes\' default scaling behaviour applies' : 'gridops generates the HPA\'s spec itself');
  }
  if (cpu === undefined) cpu = HPA_DEFAULT_CPU;
  return { entries: e, scaling: { minReplicas, maxReplicas, targetCpuUtilization: cpu, maxUnavailable: 1 } };
}
