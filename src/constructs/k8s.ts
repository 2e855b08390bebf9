/**
 * Core Kubernetes API types. The one place the cdk8s-plus line is named: moving to a newer Kubernetes is this line
 * plus the dependency in package.json.
 */
export { k8s } from 'cdk8s-plus-27';
