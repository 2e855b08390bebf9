import { Construct } from 'constructs';
import { k8s } from '../k8s';
import { AppLabels } from './labels';

/** Properties of {@link AppSettings}. */
export interface AppSettingsProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  /** Non-secret settings; the container reads them as environment variables. */
  readonly data: { readonly [key: string]: string };
}

/** The application's settings as a ConfigMap `<app>-config`, keys sorted. */
export class AppSettings extends Construct {
  public readonly resource: k8s.KubeConfigMap;
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: AppSettingsProps) {
    super(scope, id);
    this.name = `${props.labels.app}-config`;
    const data = Object.fromEntries(Object.keys(props.data).sort().map((k) => [k, props.data[k]]));
    this.resource = new k8s.KubeConfigMap(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      data,
    });
  }
}
