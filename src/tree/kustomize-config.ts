/**
 * Kustomize's configuration for Argo Rollouts' kinds, the project's own equivalent of Argo Rollouts'
 * rollout-transform for Kustomize 5: it teaches kustomize where a Rollout refers to other objects by name (so name
 * prefixes, suffixes and generated ConfigMap hashes follow), where its pod labels and annotations live, and that the
 * HPA's scaleTargetRef names a Rollout. Derived from the pod-spec reference paths, not written out by hand.
 */
const POD_SPEC = 'spec/template/spec';
const CONTAINERS = ['containers', 'initContainers'];

/** Paths, relative to a pod spec, where a pod refers to objects of a kind by name. */
const POD_REFERENCES: { kind: string; version: string; group?: string; paths: string[] }[] = [
  {
    kind: 'ConfigMap',
    version: 'v1',
    paths: [
      'volumes/configMap/name',
      'volumes/projected/sources/configMap/name',
      ...CONTAINERS.flatMap((c) => [`${c}/env/valueFrom/configMapKeyRef/name`, `${c}/envFrom/configMapRef/name`]),
    ],
  },
  {
    kind: 'Secret',
    version: 'v1',
    paths: [
      'volumes/secret/secretName',
      'volumes/projected/sources/secret/name',
      'imagePullSecrets/name',
      ...CONTAINERS.flatMap((c) => [`${c}/env/valueFrom/secretKeyRef/name`, `${c}/envFrom/secretRef/name`]),
    ],
  },
  { kind: 'ServiceAccount', version: 'v1', paths: ['serviceAccountName'] },
  { kind: 'PersistentVolumeClaim', version: 'v1', paths: ['volumes/persistentVolumeClaim/claimName'] },
  { kind: 'PriorityClass', version: 'v1', group: 'scheduling.k8s.io', paths: ['priorityClassName'] },
  { kind: 'SecretProviderClass', version: 'v1', group: 'secrets-store.csi.x-k8s.io', paths: ['volumes/csi/volumeAttributes/secretProviderClass'] },
];

/** References unique to a Rollout's strategy. */
const ROLLOUT_REFERENCES: { kind: string; version?: string; group?: string; paths: string[]; from?: string }[] = [
  {
    kind: 'Service',
    version: 'v1',
    paths: ['blueGreen/activeService', 'blueGreen/previewService', 'canary/canaryService', 'canary/stableService', 'canary/trafficRouting/alb/rootService'].map(
      (p) => `spec/strategy/${p}`,
    ),
  },
  {
    kind: 'Ingress',
    version: 'v1',
    group: 'networking.k8s.io',
    paths: ['spec/strategy/canary/trafficRouting/alb/ingress', 'spec/strategy/canary/trafficRouting/nginx/stableIngress'],
  },
  {
    kind: 'AnalysisTemplate',
    group: 'argoproj.io',
    paths: [
      'spec/strategy/blueGreen/prePromotionAnalysis/templates/templateName',
      'spec/strategy/blueGreen/postPromotionAnalysis/templates/templateName',
      'spec/strategy/canary/analysis/templates/templateName',
      'spec/strategy/canary/steps/analysis/templates/templateName',
    ],
  },
  { kind: 'Rollout', group: 'argoproj.io', paths: ['spec/scaleTargetRef/name'], from: 'HorizontalPodAutoscaler' },
];

const LABEL_SELECTOR_PATHS = ['podAffinity', 'podAntiAffinity'].flatMap((a) => [
  `${POD_SPEC}/affinity/${a}/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels`,
  `${POD_SPEC}/affinity/${a}/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels`,
]);

/** The configuration as a plain object, ready to serialize. */
export function rolloutKustomizeConfig(): object {
  const nameReference = [
    ...POD_REFERENCES.map((r) => ({
      kind: r.kind,
      version: r.version,
      ...(r.group ? { group: r.group } : {}),
      fieldSpecs: r.paths.map((p) => ({ path: `${POD_SPEC}/${p}`, kind: 'Rollout' })),
    })),
    ...ROLLOUT_REFERENCES.map((r) => ({
      kind: r.kind,
      ...(r.version ? { version: r.version } : {}),
      ...(r.group ? { group: r.group } : {}),
      fieldSpecs: r.paths.map((p) => ({ path: p, kind: r.from ?? 'Rollout' })),
    })),
  ];
  return {
    nameReference,
    commonLabels: [
      { path: 'spec/selector/matchLabels', create: true, kind: 'Rollout' },
      { path: 'spec/template/metadata/labels', create: true, kind: 'Rollout' },
      ...LABEL_SELECTOR_PATHS.map((path) => ({ path, create: false, kind: 'Rollout' })),
    ],
    templateLabels: [{ path: 'spec/template/metadata/labels', create: true, kind: 'Rollout' }],
    commonAnnotations: [{ path: 'spec/template/metadata/annotations', create: true, kind: 'Rollout' }],
    varReference: CONTAINERS.flatMap((c) =>
      ['args', 'command', 'env/value', 'volumeMounts/mountPath'].map((f) => ({ path: `${POD_SPEC}/${c}/${f}`, kind: 'Rollout' })),
    ),
    replicas: [{ path: 'spec/replicas', create: true, kind: 'Rollout' }],
  };
}
