/** Where each workload kind keeps its pod template (a bare Pod has none: its own spec is the pod's). */
export const POD_TEMPLATE_AT: Readonly<Record<string, readonly string[]>> = {
  Rollout: ['spec', 'template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
