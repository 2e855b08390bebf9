import { editText, editYaml, Variant } from './fixtures';
import { findingsOf } from './support';

/*
 * The terraform/* rules on the ways a Terraform file of the tree can stop matching what Argo CD renders (the fixtures
 * of fixtures.ts hold one passing and one failing case each): each case's exact findings.
 */
const MAIN_TF = 'dist/terraform/modules/kubernetes/main.tf';
const INSTALL = 'dist/argocd/install/argocd-install.yaml';
const VALUES_CALL = 'file("${path.module}/../../../argocd/install/argocd-values.yaml")';
const on = (object: string, path: string, rule: string, message: string) => `${MAIN_TF}: ${object}: ${path}: ${rule}: ${message}`;
const release = (path: string, message: string) => on('helm_release.argocd', path, 'terraform/helm-release', message);
const main = (from: string, to: string): Variant => ({ tree: (f) => editText(f, MAIN_TF, from, to) });

describe('terraform/* findings, exactly', () => {
  test.each<[string, Variant, string[]]>([
    [
      'another chart repository and chart',
      main('repository = "https://argoproj.github.io/argo-helm"\n  chart      = "argo-cd"', 'repository = "https://charts.example.com"\n  chart      = "argocd"'),
      [
        release('repository', `must be "https://argoproj.github.io/argo-helm", the chart repository of Application argocd (${INSTALL}, spec.sources[0].repoURL), got "https://charts.example.com"`),
        release('chart', `must be "argo-cd", the chart of Application argocd (${INSTALL}, spec.sources[0].chart), got "argocd"`),
      ],
    ],
    [
      'a version from a variable: not a literal the Application could equal',
      main('version    = "10.1.1"', 'version    = var.chart_version'),
      [release('version', `must be "10.1.1", the chart version of Application argocd (${INSTALL}, spec.sources[0].targetRevision), got "\${var.chart_version}"`)],
    ],
    [
      'a values file the Application does not read (which exists)',
      main(VALUES_CALL, 'file("${path.module}/../../../argocd/install/argocd-alerts.yaml")'),
      [
        release(
          'values',
          `must read ["dist/argocd/install/argocd-values.yaml"], the values files of Application argocd (${INSTALL}, spec.sources[0].helm.valueFiles), got ["dist/argocd/install/argocd-alerts.yaml"]`,
        ),
      ],
    ],
    [
      'values inline instead of the file',
      main(VALUES_CALL, 'yamlencode({ dex = { enabled = false } })'),
      [release('values', '"${yamlencode({ dex = { enabled = false } })}" must be file("${path.module}/<values file>"): the Application\'s values are a file of the tree')],
    ],
    [
      'a set list beside the values file',
      main(`values = [${VALUES_CALL}]`, `values = [${VALUES_CALL}]\n  set = [{ name = "server.replicas", value = "1" }]`),
      [release('set', 'must be unset: Application argocd renders the values files alone, and its first sync would undo [{"name":"server.replicas","value":"1"}] (put the value in the values file)')],
    ],
    [
      'a release no Application renders (the Application renamed its release)',
      { tree: (f) => editYaml(f, INSTALL, (d) => (d[0].spec.sources[0].helm.releaseName = 'argo')) },
      [release('name', 'no Argo CD Application of the tree renders Helm release "argocd" in namespace "argocd": nothing would manage it after the bootstrap')],
    ],
    [
      'a file() relative to the working directory',
      main('file("${path.module}/../../../argocd/install/root-app.yaml")', 'file("dist/argocd/install/root-app.yaml")'),
      [on('kubernetes_manifest.root_application', 'manifest', 'terraform/files', 'file("dist/argocd/install/root-app.yaml") is relative to the caller\'s working directory, not to this module: write "${path.module}/..."')],
    ],
    [
      'yamldecode() of a file with two documents',
      { tree: (f) => f.set('dist/argocd/install/root-app.yaml', `${f.get('dist/argocd/install/root-app.yaml')}---\nkind: ConfigMap\napiVersion: v1\nmetadata:\n  name: x\n  namespace: argocd\n`) },
      [on('kubernetes_manifest.root_application', 'manifest', 'terraform/files', 'yamldecode(file("${path.module}/../../../argocd/install/root-app.yaml")) reads dist/argocd/install/root-app.yaml, which holds 2 YAML documents: yamldecode reads exactly one')],
    ],
  ])('%s', (_name, variant, expected) => {
    // GIVEN the baseline tree changed  WHEN validated  THEN exactly these terraform findings
    expect(findingsOf(variant).filter((f) => f.includes(': terraform/'))).toEqual(expected);
  });
});
