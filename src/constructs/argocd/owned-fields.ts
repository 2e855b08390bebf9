import { Rollout } from '../../../imports/argo-rollouts-argoproj.io';
import { HttpRoute } from '../../../imports/gateway-httproute-gateway.networking.k8s.io';
import { ResolvedEnvironment } from '../../model/application';
import { groupVersion } from '../../model/manifest';
import { byCodeUnits } from '../../model/order';
import { GATEWAY_API_PLUGIN, Traffic, TrafficRouterPlugin } from '../../model/traffic';
import { CanaryHttpRoute } from '../traffic/canary-http-route';
import { RolloutAutoscaler } from '../workload/rollout-autoscaler';
import { IgnoredField } from './argocd-application';

/*
 * What an application environment's objects leave to controllers in its cluster, from its settings (the model) rather
 * than from its rendered objects. charts/application-chart.ts renders every environment from these settings: an
 * exposed environment's Rollout gets its traffic's router, and every environment gets a RolloutAutoscaler; every
 * object is named after the application.
 */

/**
 * The traffic router plugin the environment's Rollout names (its `trafficRouting.plugins` key): its traffic's, when
 * the environment is exposed. @default - none: an unexposed Rollout, or one routed without a plugin
 */
export function routerPluginOf(r: ResolvedEnvironment): TrafficRouterPlugin | undefined {
  return r.settings.ingress ? Traffic.of(r.settings.traffic).plugin : undefined;
}

/**
 * The traffic router plugins the Rollouts of some environments (a cluster's) use, by name: each is registered in that
 * cluster's Argo Rollouts install only, so a cluster whose Rollouts use none downloads nothing.
 */
export function routerPluginsOf(environments: readonly ResolvedEnvironment[]): TrafficRouterPlugin[] {
  const plugins = new Map<string, TrafficRouterPlugin>();
  for (const r of environments) {
    const plugin = routerPluginOf(r);
    if (plugin) plugins.set(plugin.name, plugin);
  }
  return [...plugins.values()].sort((a, b) => byCodeUnits(a.name, b.name));
}

/**
 * The fields of the environment's objects a controller in its cluster owns, which Argo CD must not compare (or, with
 * self-heal, reset): the Rollout's replica count, which its HorizontalPodAutoscaler owns, and, when the Gateway API
 * plugin routes its traffic, the backend weights of its HTTPRoute mid-canary.
 */
export function ownedFields(r: ResolvedEnvironment): IgnoredField[] {
  const name = r.app.name;
  const field = (gvk: { apiVersion: string; kind: string }, jsonPointers: readonly string[]): IgnoredField => ({
    group: groupVersion(gvk.apiVersion).group,
    kind: gvk.kind,
    name,
    jsonPointers,
  });
  const replicas = field(Rollout.GVK, RolloutAutoscaler.OWNED_POINTERS);
  return routerPluginOf(r)?.name === GATEWAY_API_PLUGIN.name ? [replicas, field(HttpRoute.GVK, CanaryHttpRoute.WEIGHT_POINTERS)] : [replicas];
}
