import { Construct } from 'constructs';
import { SecretProviderClass } from '../../../imports/secrets-store-secrets-store.csi.x-k8s.io';
import { AzureSettings, SecretConfig } from '../../model/application';
import { AppLabels } from '../workload/labels';

/** Properties of {@link KeyVaultSecrets}. */
export interface KeyVaultSecretsProps {
  readonly labels: AppLabels;
  readonly namespace: string;
  readonly azure: AzureSettings;
  /** Secrets exposed as environment variables through the synced Secret. @default - none */
  readonly secrets?: readonly SecretConfig[];
  /** Key Vault certificate synced to a kubernetes.io/tls Secret for the ingress. @default - none */
  readonly tlsCertificate?: string;
}

/**
 * A SecretProviderClass for the AKS secrets-store CSI add-on (provider azure), authenticated with workload identity.
 * Pods mount it (volume {@link KeyVaultSecrets.volume}); the driver then syncs `<app>-secrets` (the container's env)
 * and, with a certificate, `<app>-tls` (the ingress certificate). No secret value is ever in Git.
 */
export class KeyVaultSecrets extends Construct {
  /** Mount path of the CSI volume. */
  public static readonly MOUNT_PATH = '/mnt/secrets-store';

  public readonly resource: SecretProviderClass;
  public readonly name: string;
  /** Synced Secret with one key per secret (the env var name). */
  public readonly envSecretName: string;
  /** The keys of the env Secret: the env var names of the secrets, in order. */
  public readonly envKeys: readonly string[];
  /** Synced TLS Secret, when a certificate is configured. */
  public readonly tlsSecretName?: string;

  public constructor(scope: Construct, id: string, props: KeyVaultSecretsProps) {
    super(scope, id);
    const app = props.labels.app;
    const secrets = props.secrets ?? [];
    this.name = `${app}-keyvault`;
    this.envSecretName = `${app}-secrets`;
    this.envKeys = secrets.map((s) => s.env);
    this.tlsSecretName = props.tlsCertificate ? `${app}-tls` : undefined;
    const objects = [...secrets.map((s) => s.keyVaultObject), ...(props.tlsCertificate ? [props.tlsCertificate] : [])];
    const objectsParam = ['array:', ...objects.map((o) => `  - |\n    objectName: ${o}\n    objectType: secret`)].join('\n') + '\n';
    const secretObjects = [];
    if (secrets.length > 0) {
      secretObjects.push({
        secretName: this.envSecretName,
        type: 'Opaque',
        data: secrets.map((s) => ({ objectName: s.keyVaultObject, key: s.env })),
      });
    }
    if (props.tlsCertificate && this.tlsSecretName) {
      secretObjects.push({
        secretName: this.tlsSecretName,
        type: 'kubernetes.io/tls',
        data: [
          { objectName: props.tlsCertificate, key: 'tls.key' },
          { objectName: props.tlsCertificate, key: 'tls.crt' },
        ],
      });
    }
    this.resource = new SecretProviderClass(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...props.labels.common } },
      spec: {
        provider: 'azure',
        parameters: {
          usePodIdentity: 'false',
          clientID: props.azure.clientId,
          keyvaultName: props.azure.keyVaultName,
          tenantId: props.azure.tenantId,
          objects: objectsParam,
        },
        secretObjects,
      },
    });
  }

  /** The pod volume that mounts this class (and makes the driver sync the Secrets). */
  public volume(name: string): { name: string; csi: { driver: string; readOnly: boolean; volumeAttributes: { [k: string]: string } } } {
    return { name, csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: this.name } } };
  }
}
