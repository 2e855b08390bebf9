import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Rollout
 */
export declare class Rollout extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Rollout"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Rollout".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: RolloutProps): any;
    /**
     * Defines a "Rollout" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: RolloutProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Rollout
 */
export interface RolloutProps {
    /**
     * @schema Rollout#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Rollout#spec
     */
    readonly spec: RolloutSpec;
}
/**
 * Converts an object of type 'RolloutProps' to JSON representation.
 */
export declare function toJson_RolloutProps(obj: RolloutProps | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpec
 */
export interface RolloutSpec {
    /**
     * @schema RolloutSpec#analysis
     */
    readonly analysis?: RolloutSpecAnalysis;
    /**
     * @schema RolloutSpec#minReadySeconds
     */
    readonly minReadySeconds?: number;
    /**
     * @schema RolloutSpec#paused
     */
    readonly paused?: boolean;
    /**
     * @schema RolloutSpec#progressDeadlineAbort
     */
    readonly progressDeadlineAbort?: boolean;
    /**
     * @schema RolloutSpec#progressDeadlineSeconds
     */
    readonly progressDeadlineSeconds?: number;
    /**
     * @schema RolloutSpec#replicas
     */
    readonly replicas?: number;
    /**
     * @schema RolloutSpec#restartAt
     */
    readonly restartAt?: Date;
    /**
     * @schema RolloutSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * @schema RolloutSpec#rollbackWindow
     */
    readonly rollbackWindow?: RolloutSpecRollbackWindow;
    /**
     * @schema RolloutSpec#selector
     */
    readonly selector?: RolloutSpecSelector;
    /**
     * @schema RolloutSpec#strategy
     */
    readonly strategy?: RolloutSpecStrategy;
    /**
     * @schema RolloutSpec#template
     */
    readonly template?: RolloutSpecTemplate;
    /**
     * @schema RolloutSpec#workloadRef
     */
    readonly workloadRef?: RolloutSpecWorkloadRef;
}
/**
 * Converts an object of type 'RolloutSpec' to JSON representation.
 */
export declare function toJson_RolloutSpec(obj: RolloutSpec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecAnalysis
 */
export interface RolloutSpecAnalysis {
    /**
     * @schema RolloutSpecAnalysis#successfulRunHistoryLimit
     */
    readonly successfulRunHistoryLimit?: number;
    /**
     * @schema RolloutSpecAnalysis#unsuccessfulRunHistoryLimit
     */
    readonly unsuccessfulRunHistoryLimit?: number;
}
/**
 * Converts an object of type 'RolloutSpecAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecAnalysis(obj: RolloutSpecAnalysis | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecRollbackWindow
 */
export interface RolloutSpecRollbackWindow {
    /**
     * @schema RolloutSpecRollbackWindow#revisions
     */
    readonly revisions?: number;
}
/**
 * Converts an object of type 'RolloutSpecRollbackWindow' to JSON representation.
 */
export declare function toJson_RolloutSpecRollbackWindow(obj: RolloutSpecRollbackWindow | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecSelector
 */
export interface RolloutSpecSelector {
    /**
     * @schema RolloutSpecSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecSelector(obj: RolloutSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategy
 */
export interface RolloutSpecStrategy {
    /**
     * @schema RolloutSpecStrategy#blueGreen
     */
    readonly blueGreen?: RolloutSpecStrategyBlueGreen;
    /**
     * @schema RolloutSpecStrategy#canary
     */
    readonly canary?: RolloutSpecStrategyCanary;
}
/**
 * Converts an object of type 'RolloutSpecStrategy' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategy(obj: RolloutSpecStrategy | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplate
 */
export interface RolloutSpecTemplate {
    /**
     * @schema RolloutSpecTemplate#metadata
     */
    readonly metadata?: RolloutSpecTemplateMetadata;
    /**
     * @schema RolloutSpecTemplate#spec
     */
    readonly spec?: RolloutSpecTemplateSpec;
}
/**
 * Converts an object of type 'RolloutSpecTemplate' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplate(obj: RolloutSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecWorkloadRef
 */
export interface RolloutSpecWorkloadRef {
    /**
     * @schema RolloutSpecWorkloadRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema RolloutSpecWorkloadRef#kind
     */
    readonly kind?: string;
    /**
     * @schema RolloutSpecWorkloadRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecWorkloadRef#scaleDown
     */
    readonly scaleDown?: string;
}
/**
 * Converts an object of type 'RolloutSpecWorkloadRef' to JSON representation.
 */
export declare function toJson_RolloutSpecWorkloadRef(obj: RolloutSpecWorkloadRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecSelectorMatchExpressions
 */
export interface RolloutSpecSelectorMatchExpressions {
    /**
     * @schema RolloutSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecSelectorMatchExpressions(obj: RolloutSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreen
 */
export interface RolloutSpecStrategyBlueGreen {
    /**
     * @schema RolloutSpecStrategyBlueGreen#abortScaleDownDelaySeconds
     */
    readonly abortScaleDownDelaySeconds?: number;
    /**
     * @schema RolloutSpecStrategyBlueGreen#activeMetadata
     */
    readonly activeMetadata?: RolloutSpecStrategyBlueGreenActiveMetadata;
    /**
     * @schema RolloutSpecStrategyBlueGreen#activeService
     */
    readonly activeService: string;
    /**
     * @schema RolloutSpecStrategyBlueGreen#antiAffinity
     */
    readonly antiAffinity?: RolloutSpecStrategyBlueGreenAntiAffinity;
    /**
     * @schema RolloutSpecStrategyBlueGreen#autoPromotionEnabled
     */
    readonly autoPromotionEnabled?: boolean;
    /**
     * @schema RolloutSpecStrategyBlueGreen#autoPromotionSeconds
     */
    readonly autoPromotionSeconds?: number;
    /**
     * @schema RolloutSpecStrategyBlueGreen#maxUnavailable
     */
    readonly maxUnavailable?: RolloutSpecStrategyBlueGreenMaxUnavailable;
    /**
     * @schema RolloutSpecStrategyBlueGreen#postPromotionAnalysis
     */
    readonly postPromotionAnalysis?: RolloutSpecStrategyBlueGreenPostPromotionAnalysis;
    /**
     * @schema RolloutSpecStrategyBlueGreen#prePromotionAnalysis
     */
    readonly prePromotionAnalysis?: RolloutSpecStrategyBlueGreenPrePromotionAnalysis;
    /**
     * @schema RolloutSpecStrategyBlueGreen#previewMetadata
     */
    readonly previewMetadata?: RolloutSpecStrategyBlueGreenPreviewMetadata;
    /**
     * @schema RolloutSpecStrategyBlueGreen#previewReplicaCount
     */
    readonly previewReplicaCount?: number;
    /**
     * @schema RolloutSpecStrategyBlueGreen#previewService
     */
    readonly previewService?: string;
    /**
     * @schema RolloutSpecStrategyBlueGreen#scaleDownDelayRevisionLimit
     */
    readonly scaleDownDelayRevisionLimit?: number;
    /**
     * @schema RolloutSpecStrategyBlueGreen#scaleDownDelaySeconds
     */
    readonly scaleDownDelaySeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreen' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreen(obj: RolloutSpecStrategyBlueGreen | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanary
 */
export interface RolloutSpecStrategyCanary {
    /**
     * @schema RolloutSpecStrategyCanary#abortScaleDownDelaySeconds
     */
    readonly abortScaleDownDelaySeconds?: number;
    /**
     * @schema RolloutSpecStrategyCanary#analysis
     */
    readonly analysis?: RolloutSpecStrategyCanaryAnalysis;
    /**
     * @schema RolloutSpecStrategyCanary#antiAffinity
     */
    readonly antiAffinity?: RolloutSpecStrategyCanaryAntiAffinity;
    /**
     * @schema RolloutSpecStrategyCanary#canaryMetadata
     */
    readonly canaryMetadata?: RolloutSpecStrategyCanaryCanaryMetadata;
    /**
     * @schema RolloutSpecStrategyCanary#canaryService
     */
    readonly canaryService?: string;
    /**
     * @schema RolloutSpecStrategyCanary#dynamicStableScale
     */
    readonly dynamicStableScale?: boolean;
    /**
     * @schema RolloutSpecStrategyCanary#maxSurge
     */
    readonly maxSurge?: RolloutSpecStrategyCanaryMaxSurge;
    /**
     * @schema RolloutSpecStrategyCanary#maxUnavailable
     */
    readonly maxUnavailable?: RolloutSpecStrategyCanaryMaxUnavailable;
    /**
     * @schema RolloutSpecStrategyCanary#minPodsPerReplicaSet
     */
    readonly minPodsPerReplicaSet?: number;
    /**
     * @schema RolloutSpecStrategyCanary#pingPong
     */
    readonly pingPong?: RolloutSpecStrategyCanaryPingPong;
    /**
     * @schema RolloutSpecStrategyCanary#replicaProgressThreshold
     */
    readonly replicaProgressThreshold?: RolloutSpecStrategyCanaryReplicaProgressThreshold;
    /**
     * @schema RolloutSpecStrategyCanary#scaleDownDelayRevisionLimit
     */
    readonly scaleDownDelayRevisionLimit?: number;
    /**
     * @schema RolloutSpecStrategyCanary#scaleDownDelaySeconds
     */
    readonly scaleDownDelaySeconds?: number;
    /**
     * @schema RolloutSpecStrategyCanary#stableMetadata
     */
    readonly stableMetadata?: RolloutSpecStrategyCanaryStableMetadata;
    /**
     * @schema RolloutSpecStrategyCanary#stableService
     */
    readonly stableService?: string;
    /**
     * @schema RolloutSpecStrategyCanary#steps
     */
    readonly steps?: RolloutSpecStrategyCanarySteps[];
    /**
     * @schema RolloutSpecStrategyCanary#trafficRouting
     */
    readonly trafficRouting?: RolloutSpecStrategyCanaryTrafficRouting;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanary' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanary(obj: RolloutSpecStrategyCanary | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateMetadata
 */
export interface RolloutSpecTemplateMetadata {
    /**
     * @schema RolloutSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateMetadata(obj: RolloutSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpec
 */
export interface RolloutSpecTemplateSpec {
    /**
     * @schema RolloutSpecTemplateSpec#activeDeadlineSeconds
     */
    readonly activeDeadlineSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpec#affinity
     */
    readonly affinity?: RolloutSpecTemplateSpecAffinity;
    /**
     * @schema RolloutSpecTemplateSpec#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#containers
     */
    readonly containers: RolloutSpecTemplateSpecContainers[];
    /**
     * @schema RolloutSpecTemplateSpec#dnsConfig
     */
    readonly dnsConfig?: RolloutSpecTemplateSpecDnsConfig;
    /**
     * @schema RolloutSpecTemplateSpec#dnsPolicy
     */
    readonly dnsPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpec#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#ephemeralContainers
     */
    readonly ephemeralContainers?: RolloutSpecTemplateSpecEphemeralContainers[];
    /**
     * @schema RolloutSpecTemplateSpec#hostAliases
     */
    readonly hostAliases?: RolloutSpecTemplateSpecHostAliases[];
    /**
     * @schema RolloutSpecTemplateSpec#hostIPC
     */
    readonly hostIpc?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#hostPID
     */
    readonly hostPid?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#hostUsers
     */
    readonly hostUsers?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#hostname
     */
    readonly hostname?: string;
    /**
     * @schema RolloutSpecTemplateSpec#hostnameOverride
     */
    readonly hostnameOverride?: string;
    /**
     * @schema RolloutSpecTemplateSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: RolloutSpecTemplateSpecImagePullSecrets[];
    /**
     * @schema RolloutSpecTemplateSpec#initContainers
     */
    readonly initContainers?: RolloutSpecTemplateSpecInitContainers[];
    /**
     * @schema RolloutSpecTemplateSpec#nodeName
     */
    readonly nodeName?: string;
    /**
     * @schema RolloutSpecTemplateSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecTemplateSpec#os
     */
    readonly os?: RolloutSpecTemplateSpecOs;
    /**
     * @schema RolloutSpecTemplateSpec#overhead
     */
    readonly overhead?: {
        [key: string]: RolloutSpecTemplateSpecOverhead;
    };
    /**
     * @schema RolloutSpecTemplateSpec#preemptionPolicy
     */
    readonly preemptionPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpec#priority
     */
    readonly priority?: number;
    /**
     * @schema RolloutSpecTemplateSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema RolloutSpecTemplateSpec#readinessGates
     */
    readonly readinessGates?: RolloutSpecTemplateSpecReadinessGates[];
    /**
     * @schema RolloutSpecTemplateSpec#resourceClaims
     */
    readonly resourceClaims?: RolloutSpecTemplateSpecResourceClaims[];
    /**
     * @schema RolloutSpecTemplateSpec#resources
     */
    readonly resources?: RolloutSpecTemplateSpecResources;
    /**
     * @schema RolloutSpecTemplateSpec#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpec#runtimeClassName
     */
    readonly runtimeClassName?: string;
    /**
     * @schema RolloutSpecTemplateSpec#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * @schema RolloutSpecTemplateSpec#schedulingGates
     */
    readonly schedulingGates?: RolloutSpecTemplateSpecSchedulingGates[];
    /**
     * @schema RolloutSpecTemplateSpec#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecSecurityContext;
    /**
     * @schema RolloutSpecTemplateSpec#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema RolloutSpecTemplateSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema RolloutSpecTemplateSpec#setHostnameAsFQDN
     */
    readonly setHostnameAsFqdn?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * @schema RolloutSpecTemplateSpec#subdomain
     */
    readonly subdomain?: string;
    /**
     * @schema RolloutSpecTemplateSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpec#tolerations
     */
    readonly tolerations?: RolloutSpecTemplateSpecTolerations[];
    /**
     * @schema RolloutSpecTemplateSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: RolloutSpecTemplateSpecTopologySpreadConstraints[];
    /**
     * @schema RolloutSpecTemplateSpec#volumes
     */
    readonly volumes?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpec(obj: RolloutSpecTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenActiveMetadata
 */
export interface RolloutSpecStrategyBlueGreenActiveMetadata {
    /**
     * @schema RolloutSpecStrategyBlueGreenActiveMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyBlueGreenActiveMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenActiveMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenActiveMetadata(obj: RolloutSpecStrategyBlueGreenActiveMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenAntiAffinity
 */
export interface RolloutSpecStrategyBlueGreenAntiAffinity {
    /**
     * @schema RolloutSpecStrategyBlueGreenAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
    /**
     * @schema RolloutSpecStrategyBlueGreenAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: any;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenAntiAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenAntiAffinity(obj: RolloutSpecStrategyBlueGreenAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenMaxUnavailable
 */
export declare class RolloutSpecStrategyBlueGreenMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyBlueGreenMaxUnavailable;
    static fromString(value: string): RolloutSpecStrategyBlueGreenMaxUnavailable;
    private constructor();
}
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysis {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata;
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#args
     */
    readonly args?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs[];
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun[];
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention[];
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysis(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysis | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysis {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata;
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#args
     */
    readonly args?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs[];
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun[];
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention[];
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysis(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysis | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPreviewMetadata
 */
export interface RolloutSpecStrategyBlueGreenPreviewMetadata {
    /**
     * @schema RolloutSpecStrategyBlueGreenPreviewMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyBlueGreenPreviewMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPreviewMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPreviewMetadata(obj: RolloutSpecStrategyBlueGreenPreviewMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysis
 */
export interface RolloutSpecStrategyCanaryAnalysis {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata;
    /**
     * @schema RolloutSpecStrategyCanaryAnalysis#args
     */
    readonly args?: RolloutSpecStrategyCanaryAnalysisArgs[];
    /**
     * @schema RolloutSpecStrategyCanaryAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyCanaryAnalysisDryRun[];
    /**
     * @schema RolloutSpecStrategyCanaryAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyCanaryAnalysisMeasurementRetention[];
    /**
     * @schema RolloutSpecStrategyCanaryAnalysis#startingStep
     */
    readonly startingStep?: number;
    /**
     * @schema RolloutSpecStrategyCanaryAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyCanaryAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysis(obj: RolloutSpecStrategyCanaryAnalysis | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAntiAffinity
 */
export interface RolloutSpecStrategyCanaryAntiAffinity {
    /**
     * @schema RolloutSpecStrategyCanaryAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
    /**
     * @schema RolloutSpecStrategyCanaryAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: any;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAntiAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAntiAffinity(obj: RolloutSpecStrategyCanaryAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryCanaryMetadata
 */
export interface RolloutSpecStrategyCanaryCanaryMetadata {
    /**
     * @schema RolloutSpecStrategyCanaryCanaryMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryCanaryMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryCanaryMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryCanaryMetadata(obj: RolloutSpecStrategyCanaryCanaryMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryMaxSurge
 */
export declare class RolloutSpecStrategyCanaryMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyCanaryMaxSurge;
    static fromString(value: string): RolloutSpecStrategyCanaryMaxSurge;
    private constructor();
}
/**
 * @schema RolloutSpecStrategyCanaryMaxUnavailable
 */
export declare class RolloutSpecStrategyCanaryMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyCanaryMaxUnavailable;
    static fromString(value: string): RolloutSpecStrategyCanaryMaxUnavailable;
    private constructor();
}
/**
 * @schema RolloutSpecStrategyCanaryPingPong
 */
export interface RolloutSpecStrategyCanaryPingPong {
    /**
     * @schema RolloutSpecStrategyCanaryPingPong#pingService
     */
    readonly pingService: string;
    /**
     * @schema RolloutSpecStrategyCanaryPingPong#pongService
     */
    readonly pongService: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryPingPong' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryPingPong(obj: RolloutSpecStrategyCanaryPingPong | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryReplicaProgressThreshold
 */
export interface RolloutSpecStrategyCanaryReplicaProgressThreshold {
    /**
     * @schema RolloutSpecStrategyCanaryReplicaProgressThreshold#type
     */
    readonly type: string;
    /**
     * @schema RolloutSpecStrategyCanaryReplicaProgressThreshold#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryReplicaProgressThreshold' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryReplicaProgressThreshold(obj: RolloutSpecStrategyCanaryReplicaProgressThreshold | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStableMetadata
 */
export interface RolloutSpecStrategyCanaryStableMetadata {
    /**
     * @schema RolloutSpecStrategyCanaryStableMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryStableMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStableMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStableMetadata(obj: RolloutSpecStrategyCanaryStableMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanarySteps
 */
export interface RolloutSpecStrategyCanarySteps {
    /**
     * @schema RolloutSpecStrategyCanarySteps#analysis
     */
    readonly analysis?: RolloutSpecStrategyCanaryStepsAnalysis;
    /**
     * @schema RolloutSpecStrategyCanarySteps#experiment
     */
    readonly experiment?: RolloutSpecStrategyCanaryStepsExperiment;
    /**
     * @schema RolloutSpecStrategyCanarySteps#pause
     */
    readonly pause?: RolloutSpecStrategyCanaryStepsPause;
    /**
     * @schema RolloutSpecStrategyCanarySteps#plugin
     */
    readonly plugin?: RolloutSpecStrategyCanaryStepsPlugin;
    /**
     * @schema RolloutSpecStrategyCanarySteps#setCanaryScale
     */
    readonly setCanaryScale?: RolloutSpecStrategyCanaryStepsSetCanaryScale;
    /**
     * @schema RolloutSpecStrategyCanarySteps#setHeaderRoute
     */
    readonly setHeaderRoute?: RolloutSpecStrategyCanaryStepsSetHeaderRoute;
    /**
     * @schema RolloutSpecStrategyCanarySteps#setMirrorRoute
     */
    readonly setMirrorRoute?: RolloutSpecStrategyCanaryStepsSetMirrorRoute;
    /**
     * @schema RolloutSpecStrategyCanarySteps#setWeight
     */
    readonly setWeight?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanarySteps' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanarySteps(obj: RolloutSpecStrategyCanarySteps | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRouting
 */
export interface RolloutSpecStrategyCanaryTrafficRouting {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#alb
     */
    readonly alb?: RolloutSpecStrategyCanaryTrafficRoutingAlb;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#ambassador
     */
    readonly ambassador?: RolloutSpecStrategyCanaryTrafficRoutingAmbassador;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#apisix
     */
    readonly apisix?: RolloutSpecStrategyCanaryTrafficRoutingApisix;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#appMesh
     */
    readonly appMesh?: RolloutSpecStrategyCanaryTrafficRoutingAppMesh;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#istio
     */
    readonly istio?: RolloutSpecStrategyCanaryTrafficRoutingIstio;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#managedRoutes
     */
    readonly managedRoutes?: RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes[];
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#maxTrafficWeight
     */
    readonly maxTrafficWeight?: number;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#nginx
     */
    readonly nginx?: RolloutSpecStrategyCanaryTrafficRoutingNginx;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#plugins
     */
    readonly plugins?: any;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#smi
     */
    readonly smi?: RolloutSpecStrategyCanaryTrafficRoutingSmi;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRouting#traefik
     */
    readonly traefik?: RolloutSpecStrategyCanaryTrafficRoutingTraefik;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRouting' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRouting(obj: RolloutSpecStrategyCanaryTrafficRouting | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinity
 */
export interface RolloutSpecTemplateSpecAffinity {
    /**
     * @schema RolloutSpecTemplateSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: RolloutSpecTemplateSpecAffinityNodeAffinity;
    /**
     * @schema RolloutSpecTemplateSpecAffinity#podAffinity
     */
    readonly podAffinity?: RolloutSpecTemplateSpecAffinityPodAffinity;
    /**
     * @schema RolloutSpecTemplateSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: RolloutSpecTemplateSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinity(obj: RolloutSpecTemplateSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainers
 */
export interface RolloutSpecTemplateSpecContainers {
    /**
     * @schema RolloutSpecTemplateSpecContainers#args
     */
    readonly args?: string[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#command
     */
    readonly command?: string[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#env
     */
    readonly env?: RolloutSpecTemplateSpecContainersEnv[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#envFrom
     */
    readonly envFrom?: RolloutSpecTemplateSpecContainersEnvFrom[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#image
     */
    readonly image?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainers#lifecycle
     */
    readonly lifecycle?: RolloutSpecTemplateSpecContainersLifecycle;
    /**
     * @schema RolloutSpecTemplateSpecContainers#livenessProbe
     */
    readonly livenessProbe?: RolloutSpecTemplateSpecContainersLivenessProbe;
    /**
     * @schema RolloutSpecTemplateSpecContainers#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainers#ports
     */
    readonly ports?: RolloutSpecTemplateSpecContainersPorts[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#readinessProbe
     */
    readonly readinessProbe?: RolloutSpecTemplateSpecContainersReadinessProbe;
    /**
     * @schema RolloutSpecTemplateSpecContainers#resizePolicy
     */
    readonly resizePolicy?: RolloutSpecTemplateSpecContainersResizePolicy[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#resources
     */
    readonly resources?: RolloutSpecTemplateSpecContainersResources;
    /**
     * @schema RolloutSpecTemplateSpecContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: RolloutSpecTemplateSpecContainersRestartPolicyRules[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecContainersSecurityContext;
    /**
     * @schema RolloutSpecTemplateSpecContainers#startupProbe
     */
    readonly startupProbe?: RolloutSpecTemplateSpecContainersStartupProbe;
    /**
     * @schema RolloutSpecTemplateSpecContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainers#volumeDevices
     */
    readonly volumeDevices?: RolloutSpecTemplateSpecContainersVolumeDevices[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#volumeMounts
     */
    readonly volumeMounts?: RolloutSpecTemplateSpecContainersVolumeMounts[];
    /**
     * @schema RolloutSpecTemplateSpecContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainers' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainers(obj: RolloutSpecTemplateSpecContainers | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecDnsConfig
 */
export interface RolloutSpecTemplateSpecDnsConfig {
    /**
     * @schema RolloutSpecTemplateSpecDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema RolloutSpecTemplateSpecDnsConfig#options
     */
    readonly options?: RolloutSpecTemplateSpecDnsConfigOptions[];
    /**
     * @schema RolloutSpecTemplateSpecDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecDnsConfig' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecDnsConfig(obj: RolloutSpecTemplateSpecDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainers
 */
export interface RolloutSpecTemplateSpecEphemeralContainers {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#args
     */
    readonly args?: string[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#command
     */
    readonly command?: string[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#env
     */
    readonly env?: RolloutSpecTemplateSpecEphemeralContainersEnv[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#envFrom
     */
    readonly envFrom?: RolloutSpecTemplateSpecEphemeralContainersEnvFrom[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#image
     */
    readonly image?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#lifecycle
     */
    readonly lifecycle?: RolloutSpecTemplateSpecEphemeralContainersLifecycle;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#livenessProbe
     */
    readonly livenessProbe?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbe;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#ports
     */
    readonly ports?: RolloutSpecTemplateSpecEphemeralContainersPorts[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#readinessProbe
     */
    readonly readinessProbe?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbe;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#resizePolicy
     */
    readonly resizePolicy?: RolloutSpecTemplateSpecEphemeralContainersResizePolicy[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#resources
     */
    readonly resources?: RolloutSpecTemplateSpecEphemeralContainersResources;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecEphemeralContainersSecurityContext;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#startupProbe
     */
    readonly startupProbe?: RolloutSpecTemplateSpecEphemeralContainersStartupProbe;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#targetContainerName
     */
    readonly targetContainerName?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#volumeDevices
     */
    readonly volumeDevices?: RolloutSpecTemplateSpecEphemeralContainersVolumeDevices[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#volumeMounts
     */
    readonly volumeMounts?: RolloutSpecTemplateSpecEphemeralContainersVolumeMounts[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainers' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainers(obj: RolloutSpecTemplateSpecEphemeralContainers | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecHostAliases
 */
export interface RolloutSpecTemplateSpecHostAliases {
    /**
     * @schema RolloutSpecTemplateSpecHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema RolloutSpecTemplateSpecHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecHostAliases' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecHostAliases(obj: RolloutSpecTemplateSpecHostAliases | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecImagePullSecrets
 */
export interface RolloutSpecTemplateSpecImagePullSecrets {
    /**
     * @schema RolloutSpecTemplateSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecImagePullSecrets(obj: RolloutSpecTemplateSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainers
 */
export interface RolloutSpecTemplateSpecInitContainers {
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#env
     */
    readonly env?: RolloutSpecTemplateSpecInitContainersEnv[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#envFrom
     */
    readonly envFrom?: RolloutSpecTemplateSpecInitContainersEnvFrom[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#lifecycle
     */
    readonly lifecycle?: RolloutSpecTemplateSpecInitContainersLifecycle;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: RolloutSpecTemplateSpecInitContainersLivenessProbe;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#ports
     */
    readonly ports?: RolloutSpecTemplateSpecInitContainersPorts[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: RolloutSpecTemplateSpecInitContainersReadinessProbe;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: RolloutSpecTemplateSpecInitContainersResizePolicy[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#resources
     */
    readonly resources?: RolloutSpecTemplateSpecInitContainersResources;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: RolloutSpecTemplateSpecInitContainersRestartPolicyRules[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#securityContext
     */
    readonly securityContext?: RolloutSpecTemplateSpecInitContainersSecurityContext;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#startupProbe
     */
    readonly startupProbe?: RolloutSpecTemplateSpecInitContainersStartupProbe;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: RolloutSpecTemplateSpecInitContainersVolumeDevices[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: RolloutSpecTemplateSpecInitContainersVolumeMounts[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainers' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainers(obj: RolloutSpecTemplateSpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecOs
 */
export interface RolloutSpecTemplateSpecOs {
    /**
     * @schema RolloutSpecTemplateSpecOs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecOs' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecOs(obj: RolloutSpecTemplateSpecOs | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecOverhead
 */
export declare class RolloutSpecTemplateSpecOverhead {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecOverhead;
    static fromString(value: string): RolloutSpecTemplateSpecOverhead;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecReadinessGates
 */
export interface RolloutSpecTemplateSpecReadinessGates {
    /**
     * @schema RolloutSpecTemplateSpecReadinessGates#conditionType
     */
    readonly conditionType: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecReadinessGates' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecReadinessGates(obj: RolloutSpecTemplateSpecReadinessGates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecResourceClaims
 */
export interface RolloutSpecTemplateSpecResourceClaims {
    /**
     * @schema RolloutSpecTemplateSpecResourceClaims#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecResourceClaims#resourceClaimName
     */
    readonly resourceClaimName?: string;
    /**
     * @schema RolloutSpecTemplateSpecResourceClaims#resourceClaimTemplateName
     */
    readonly resourceClaimTemplateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecResourceClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecResourceClaims(obj: RolloutSpecTemplateSpecResourceClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecResources
 */
export interface RolloutSpecTemplateSpecResources {
    /**
     * @schema RolloutSpecTemplateSpecResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecResourcesClaims[];
    /**
     * @schema RolloutSpecTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: RolloutSpecTemplateSpecResourcesLimits;
    };
    /**
     * @schema RolloutSpecTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: RolloutSpecTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecResources(obj: RolloutSpecTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecSchedulingGates
 */
export interface RolloutSpecTemplateSpecSchedulingGates {
    /**
     * @schema RolloutSpecTemplateSpecSchedulingGates#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSchedulingGates' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSchedulingGates(obj: RolloutSpecTemplateSpecSchedulingGates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecSecurityContext
 */
export interface RolloutSpecTemplateSpecSecurityContext {
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecSecurityContextAppArmorProfile;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecSecurityContextSeLinuxOptions;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecSecurityContextSeccompProfile;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#sysctls
     */
    readonly sysctls?: RolloutSpecTemplateSpecSecurityContextSysctls[];
    /**
     * @schema RolloutSpecTemplateSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContext(obj: RolloutSpecTemplateSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecTolerations
 */
export interface RolloutSpecTemplateSpecTolerations {
    /**
     * @schema RolloutSpecTemplateSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema RolloutSpecTemplateSpecTolerations#key
     */
    readonly key?: string;
    /**
     * @schema RolloutSpecTemplateSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema RolloutSpecTemplateSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTolerations' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTolerations(obj: RolloutSpecTemplateSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecTopologySpreadConstraints
 */
export interface RolloutSpecTemplateSpecTopologySpreadConstraints {
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTopologySpreadConstraints(obj: RolloutSpecTemplateSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisArgs
 */
export interface RolloutSpecStrategyCanaryAnalysisArgs {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisArgs#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyCanaryAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisArgs(obj: RolloutSpecStrategyCanaryAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisDryRun
 */
export interface RolloutSpecStrategyCanaryAnalysisDryRun {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisDryRun(obj: RolloutSpecStrategyCanaryAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyCanaryAnalysisMeasurementRetention {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisMeasurementRetention(obj: RolloutSpecStrategyCanaryAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisTemplates
 */
export interface RolloutSpecStrategyCanaryAnalysisTemplates {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisTemplates(obj: RolloutSpecStrategyCanaryAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysis
 */
export interface RolloutSpecStrategyCanaryStepsAnalysis {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata;
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#args
     */
    readonly args?: RolloutSpecStrategyCanaryStepsAnalysisArgs[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyCanaryStepsAnalysisDryRun[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#measurementRetention
     */
    readonly measurementRetention?: RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysis#templates
     */
    readonly templates?: RolloutSpecStrategyCanaryStepsAnalysisTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysis' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysis(obj: RolloutSpecStrategyCanaryStepsAnalysis | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperiment
 */
export interface RolloutSpecStrategyCanaryStepsExperiment {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperiment#analyses
     */
    readonly analyses?: RolloutSpecStrategyCanaryStepsExperimentAnalyses[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperiment#analysisRunMetadata
     */
    readonly analysisRunMetadata?: RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperiment#dryRun
     */
    readonly dryRun?: RolloutSpecStrategyCanaryStepsExperimentDryRun[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperiment#duration
     */
    readonly duration?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperiment#scaleDownDelaySeconds
     */
    readonly scaleDownDelaySeconds?: number;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperiment#templates
     */
    readonly templates: RolloutSpecStrategyCanaryStepsExperimentTemplates[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperiment' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperiment(obj: RolloutSpecStrategyCanaryStepsExperiment | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsPause
 */
export interface RolloutSpecStrategyCanaryStepsPause {
    /**
     * @schema RolloutSpecStrategyCanaryStepsPause#duration
     */
    readonly duration?: RolloutSpecStrategyCanaryStepsPauseDuration;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsPause' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsPause(obj: RolloutSpecStrategyCanaryStepsPause | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsPlugin
 */
export interface RolloutSpecStrategyCanaryStepsPlugin {
    /**
     * @schema RolloutSpecStrategyCanaryStepsPlugin#config
     */
    readonly config?: any;
    /**
     * @schema RolloutSpecStrategyCanaryStepsPlugin#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsPlugin' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsPlugin(obj: RolloutSpecStrategyCanaryStepsPlugin | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale
 */
export interface RolloutSpecStrategyCanaryStepsSetCanaryScale {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale#matchTrafficWeight
     */
    readonly matchTrafficWeight?: boolean;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale#replicas
     */
    readonly replicas?: number;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetCanaryScale#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetCanaryScale' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetCanaryScale(obj: RolloutSpecStrategyCanaryStepsSetCanaryScale | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetHeaderRoute
 */
export interface RolloutSpecStrategyCanaryStepsSetHeaderRoute {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRoute#match
     */
    readonly match?: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRoute#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetHeaderRoute' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetHeaderRoute(obj: RolloutSpecStrategyCanaryStepsSetHeaderRoute | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRoute {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute#match
     */
    readonly match?: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRoute#percentage
     */
    readonly percentage?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRoute' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRoute(obj: RolloutSpecStrategyCanaryStepsSetMirrorRoute | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAlb {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#annotationPrefix
     */
    readonly annotationPrefix?: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#ingress
     */
    readonly ingress?: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#ingresses
     */
    readonly ingresses?: string[];
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#rootService
     */
    readonly rootService?: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#servicePort
     */
    readonly servicePort: number;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlb#stickinessConfig
     */
    readonly stickinessConfig?: RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAlb' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAlb(obj: RolloutSpecStrategyCanaryTrafficRoutingAlb | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAmbassador
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAmbassador {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAmbassador#mappings
     */
    readonly mappings: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAmbassador' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAmbassador(obj: RolloutSpecStrategyCanaryTrafficRoutingAmbassador | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingApisix
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingApisix {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingApisix#route
     */
    readonly route?: RolloutSpecStrategyCanaryTrafficRoutingApisixRoute;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingApisix' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingApisix(obj: RolloutSpecStrategyCanaryTrafficRoutingApisix | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMesh
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMesh {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMesh#virtualNodeGroup
     */
    readonly virtualNodeGroup?: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMesh#virtualService
     */
    readonly virtualService?: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMesh' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMesh(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMesh | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstio {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio#destinationRule
     */
    readonly destinationRule?: RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio#virtualService
     */
    readonly virtualService?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstio#virtualServices
     */
    readonly virtualServices?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstio' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstio(obj: RolloutSpecStrategyCanaryTrafficRoutingIstio | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingNginx {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#additionalIngressAnnotations
     */
    readonly additionalIngressAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#annotationPrefix
     */
    readonly annotationPrefix?: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#canaryIngressAnnotations
     */
    readonly canaryIngressAnnotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#stableIngress
     */
    readonly stableIngress?: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingNginx#stableIngresses
     */
    readonly stableIngresses?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingNginx' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingNginx(obj: RolloutSpecStrategyCanaryTrafficRoutingNginx | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingSmi
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingSmi {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingSmi#rootService
     */
    readonly rootService?: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingSmi#trafficSplitName
     */
    readonly trafficSplitName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingSmi' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingSmi(obj: RolloutSpecStrategyCanaryTrafficRoutingSmi | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingTraefik
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingTraefik {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingTraefik#weightedTraefikServiceName
     */
    readonly weightedTraefikServiceName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingTraefik' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingTraefik(obj: RolloutSpecStrategyCanaryTrafficRoutingTraefik | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinity
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinity {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinity(obj: RolloutSpecTemplateSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinity
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinity {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinity(obj: RolloutSpecTemplateSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinity
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinity {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinity(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnv
 */
export interface RolloutSpecTemplateSpecContainersEnv {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnv#valueFrom
     */
    readonly valueFrom?: RolloutSpecTemplateSpecContainersEnvValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnv' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnv(obj: RolloutSpecTemplateSpecContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvFrom
 */
export interface RolloutSpecTemplateSpecContainersEnvFrom {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: RolloutSpecTemplateSpecContainersEnvFromConfigMapRef;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvFrom#secretRef
     */
    readonly secretRef?: RolloutSpecTemplateSpecContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvFrom(obj: RolloutSpecTemplateSpecContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecycle
 */
export interface RolloutSpecTemplateSpecContainersLifecycle {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecycle#postStart
     */
    readonly postStart?: RolloutSpecTemplateSpecContainersLifecyclePostStart;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecycle#preStop
     */
    readonly preStop?: RolloutSpecTemplateSpecContainersLifecyclePreStop;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecycle' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecycle(obj: RolloutSpecTemplateSpecContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbe
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbe {
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersLivenessProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecContainersLivenessProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersLivenessProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbe(obj: RolloutSpecTemplateSpecContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersPorts
 */
export interface RolloutSpecTemplateSpecContainersPorts {
    /**
     * @schema RolloutSpecTemplateSpecContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersPorts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersPorts(obj: RolloutSpecTemplateSpecContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbe
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbe {
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersReadinessProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecContainersReadinessProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersReadinessProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbe(obj: RolloutSpecTemplateSpecContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersResizePolicy
 */
export interface RolloutSpecTemplateSpecContainersResizePolicy {
    /**
     * @schema RolloutSpecTemplateSpecContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersResizePolicy' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersResizePolicy(obj: RolloutSpecTemplateSpecContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersResources
 */
export interface RolloutSpecTemplateSpecContainersResources {
    /**
     * @schema RolloutSpecTemplateSpecContainersResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecContainersResourcesClaims[];
    /**
     * @schema RolloutSpecTemplateSpecContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema RolloutSpecTemplateSpecContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersResources(obj: RolloutSpecTemplateSpecContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersRestartPolicyRules
 */
export interface RolloutSpecTemplateSpecContainersRestartPolicyRules {
    /**
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersRestartPolicyRules(obj: RolloutSpecTemplateSpecContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersSecurityContext
 */
export interface RolloutSpecTemplateSpecContainersSecurityContext {
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#capabilities
     */
    readonly capabilities?: RolloutSpecTemplateSpecContainersSecurityContextCapabilities;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContext(obj: RolloutSpecTemplateSpecContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbe
 */
export interface RolloutSpecTemplateSpecContainersStartupProbe {
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersStartupProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecContainersStartupProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersStartupProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersStartupProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbe(obj: RolloutSpecTemplateSpecContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersVolumeDevices
 */
export interface RolloutSpecTemplateSpecContainersVolumeDevices {
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersVolumeDevices(obj: RolloutSpecTemplateSpecContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersVolumeMounts
 */
export interface RolloutSpecTemplateSpecContainersVolumeMounts {
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersVolumeMounts(obj: RolloutSpecTemplateSpecContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecDnsConfigOptions
 */
export interface RolloutSpecTemplateSpecDnsConfigOptions {
    /**
     * @schema RolloutSpecTemplateSpecDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecDnsConfigOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecDnsConfigOptions(obj: RolloutSpecTemplateSpecDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnv
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnv {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnv#valueFrom
     */
    readonly valueFrom?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnv' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnv(obj: RolloutSpecTemplateSpecEphemeralContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvFrom {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFrom#secretRef
     */
    readonly secretRef?: RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvFrom(obj: RolloutSpecTemplateSpecEphemeralContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecycle {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle#postStart
     */
    readonly postStart?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle#preStop
     */
    readonly preStop?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecycle' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecycle(obj: RolloutSpecTemplateSpecEphemeralContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbe {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbe(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersPorts
 */
export interface RolloutSpecTemplateSpecEphemeralContainersPorts {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersPorts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersPorts(obj: RolloutSpecTemplateSpecEphemeralContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbe {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbe(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersResizePolicy
 */
export interface RolloutSpecTemplateSpecEphemeralContainersResizePolicy {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersResizePolicy' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersResizePolicy(obj: RolloutSpecTemplateSpecEphemeralContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersResources
 */
export interface RolloutSpecTemplateSpecEphemeralContainersResources {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecEphemeralContainersResourcesClaims[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersResources(obj: RolloutSpecTemplateSpecEphemeralContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules
 */
export interface RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules(obj: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContext {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#capabilities
     */
    readonly capabilities?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContext(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbe {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbe(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeDevices
 */
export interface RolloutSpecTemplateSpecEphemeralContainersVolumeDevices {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersVolumeDevices(obj: RolloutSpecTemplateSpecEphemeralContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts
 */
export interface RolloutSpecTemplateSpecEphemeralContainersVolumeMounts {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersVolumeMounts(obj: RolloutSpecTemplateSpecEphemeralContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnv
 */
export interface RolloutSpecTemplateSpecInitContainersEnv {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: RolloutSpecTemplateSpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnv(obj: RolloutSpecTemplateSpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvFrom
 */
export interface RolloutSpecTemplateSpecInitContainersEnvFrom {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: RolloutSpecTemplateSpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvFrom(obj: RolloutSpecTemplateSpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecycle
 */
export interface RolloutSpecTemplateSpecInitContainersLifecycle {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecycle#postStart
     */
    readonly postStart?: RolloutSpecTemplateSpecInitContainersLifecyclePostStart;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecycle#preStop
     */
    readonly preStop?: RolloutSpecTemplateSpecInitContainersLifecyclePreStop;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecycle(obj: RolloutSpecTemplateSpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbe {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersLivenessProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbe(obj: RolloutSpecTemplateSpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersPorts
 */
export interface RolloutSpecTemplateSpecInitContainersPorts {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersPorts(obj: RolloutSpecTemplateSpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbe {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersReadinessProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbe(obj: RolloutSpecTemplateSpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersResizePolicy
 */
export interface RolloutSpecTemplateSpecInitContainersResizePolicy {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersResizePolicy(obj: RolloutSpecTemplateSpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersResources
 */
export interface RolloutSpecTemplateSpecInitContainersResources {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResources#claims
     */
    readonly claims?: RolloutSpecTemplateSpecInitContainersResourcesClaims[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersResources' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersResources(obj: RolloutSpecTemplateSpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRules
 */
export interface RolloutSpecTemplateSpecInitContainersRestartPolicyRules {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersRestartPolicyRules(obj: RolloutSpecTemplateSpecInitContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContext
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContext {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContext(obj: RolloutSpecTemplateSpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbe
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbe {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersStartupProbeExec;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: RolloutSpecTemplateSpecInitContainersStartupProbeGrpc;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbe(obj: RolloutSpecTemplateSpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersVolumeDevices
 */
export interface RolloutSpecTemplateSpecInitContainersVolumeDevices {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersVolumeDevices(obj: RolloutSpecTemplateSpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts
 */
export interface RolloutSpecTemplateSpecInitContainersVolumeMounts {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersVolumeMounts(obj: RolloutSpecTemplateSpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecResourcesClaims
 */
export interface RolloutSpecTemplateSpecResourcesClaims {
    /**
     * @schema RolloutSpecTemplateSpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecResourcesClaims(obj: RolloutSpecTemplateSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecResourcesLimits
 */
export declare class RolloutSpecTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecResourcesLimits;
    static fromString(value: string): RolloutSpecTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecResourcesRequests
 */
export declare class RolloutSpecTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecResourcesRequests;
    static fromString(value: string): RolloutSpecTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecSecurityContextAppArmorProfile {
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecSecurityContextSeLinuxOptions {
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecSecurityContextSeccompProfile {
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecSecurityContextSysctls
 */
export interface RolloutSpecTemplateSpecSecurityContextSysctls {
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextSysctls(obj: RolloutSpecTemplateSpecSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecSecurityContextWindowsOptions {
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector
 */
export interface RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector {
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector(obj: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef;
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef;
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyCanaryAnalysisArgsValueFrom {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef;
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisArgsValueFrom(obj: RolloutSpecStrategyCanaryAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata(obj: RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisArgs {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisArgs(obj: RolloutSpecStrategyCanaryStepsAnalysisArgs | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisDryRun
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisDryRun {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisDryRun(obj: RolloutSpecStrategyCanaryStepsAnalysisDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention(obj: RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisTemplates
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisTemplates {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisTemplates(obj: RolloutSpecStrategyCanaryStepsAnalysisTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalyses {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#args
     */
    readonly args?: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#requiredForCompletion
     */
    readonly requiredForCompletion?: boolean;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalyses#templateName
     */
    readonly templateName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalyses' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalyses(obj: RolloutSpecStrategyCanaryStepsExperimentAnalyses | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentDryRun
 */
export interface RolloutSpecStrategyCanaryStepsExperimentDryRun {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentDryRun' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentDryRun(obj: RolloutSpecStrategyCanaryStepsExperimentDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplates {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#metadata
     */
    readonly metadata?: RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#replicas
     */
    readonly replicas?: number;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#selector
     */
    readonly selector?: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#service
     */
    readonly service?: RolloutSpecStrategyCanaryStepsExperimentTemplatesService;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#specRef
     */
    readonly specRef: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplates#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplates' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplates(obj: RolloutSpecStrategyCanaryStepsExperimentTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsPauseDuration
 */
export declare class RolloutSpecStrategyCanaryStepsPauseDuration {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecStrategyCanaryStepsPauseDuration;
    static fromString(value: string): RolloutSpecStrategyCanaryStepsPauseDuration;
    private constructor();
}
/**
 * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch
 */
export interface RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch#headerName
     */
    readonly headerName: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch#headerValue
     */
    readonly headerValue: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch(obj: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch#headers
     */
    readonly headers?: {
        [key: string]: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders;
    };
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch#method
     */
    readonly method?: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch#path
     */
    readonly path?: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig#durationSeconds
     */
    readonly durationSeconds: number;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig#enabled
     */
    readonly enabled: boolean;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig(obj: RolloutSpecStrategyCanaryTrafficRoutingAlbStickinessConfig | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingApisixRoute
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingApisixRoute {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingApisixRoute#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingApisixRoute#rules
     */
    readonly rules?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingApisixRoute' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingApisixRoute(obj: RolloutSpecStrategyCanaryTrafficRoutingApisixRoute | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup#canaryVirtualNodeRef
     */
    readonly canaryVirtualNodeRef: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup#stableVirtualNodeRef
     */
    readonly stableVirtualNodeRef: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroup | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService#routes
     */
    readonly routes?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualService | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#additionalSubsetNames
     */
    readonly additionalSubsetNames?: string[];
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#canarySubsetName
     */
    readonly canarySubsetName: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule#stableSubsetName
     */
    readonly stableSubsetName: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#routes
     */
    readonly routes?: string[];
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#tcpRoutes
     */
    readonly tcpRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes[];
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService#tlsRoutes
     */
    readonly tlsRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#routes
     */
    readonly routes?: string[];
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#tcpRoutes
     */
    readonly tcpRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes[];
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices#tlsRoutes
     */
    readonly tlsRoutes?: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvValueFrom
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFrom {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecTemplateSpecContainersEnvValueFromFieldRef;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFrom(obj: RolloutSpecTemplateSpecContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvFromConfigMapRef
 */
export interface RolloutSpecTemplateSpecContainersEnvFromConfigMapRef {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvFromConfigMapRef(obj: RolloutSpecTemplateSpecContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvFromSecretRef
 */
export interface RolloutSpecTemplateSpecContainersEnvFromSecretRef {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvFromSecretRef(obj: RolloutSpecTemplateSpecContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStart {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersLifecyclePostStartExec;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecContainersLifecyclePostStartSleep;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStart(obj: RolloutSpecTemplateSpecContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStop {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#exec
     */
    readonly exec?: RolloutSpecTemplateSpecContainersLifecyclePreStopExec;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecContainersLifecyclePreStopSleep;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStop(obj: RolloutSpecTemplateSpecContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeExec
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeExec(obj: RolloutSpecTemplateSpecContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeGrpc
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeGrpc(obj: RolloutSpecTemplateSpecContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeHttpGet(obj: RolloutSpecTemplateSpecContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket(obj: RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeExec
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeExec(obj: RolloutSpecTemplateSpecContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeGrpc
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeGrpc(obj: RolloutSpecTemplateSpecContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeHttpGet(obj: RolloutSpecTemplateSpecContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket(obj: RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersResourcesClaims
 */
export interface RolloutSpecTemplateSpecContainersResourcesClaims {
    /**
     * @schema RolloutSpecTemplateSpecContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersResourcesClaims(obj: RolloutSpecTemplateSpecContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes
 */
export interface RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes {
    /**
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes(obj: RolloutSpecTemplateSpecContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile {
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersSecurityContextCapabilities
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextCapabilities {
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextCapabilities(obj: RolloutSpecTemplateSpecContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions {
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile {
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions {
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbeExec
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeExec(obj: RolloutSpecTemplateSpecContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbeGrpc
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeGrpc(obj: RolloutSpecTemplateSpecContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeHttpGet(obj: RolloutSpecTemplateSpecContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeTcpSocket(obj: RolloutSpecTemplateSpecContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#exec
     */
    readonly exec?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersResourcesClaims
 */
export interface RolloutSpecTemplateSpecEphemeralContainersResourcesClaims {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersResourcesClaims(obj: RolloutSpecTemplateSpecEphemeralContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes
 */
export interface RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes(obj: RolloutSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFrom {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFrom(obj: RolloutSpecTemplateSpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef(obj: RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvFromSecretRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvFromSecretRef {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvFromSecretRef(obj: RolloutSpecTemplateSpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStart {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStart(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStop {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStop(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeExec
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeExec(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeExec
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeExec(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersResourcesClaims
 */
export interface RolloutSpecTemplateSpecInitContainersResourcesClaims {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersResourcesClaims(obj: RolloutSpecTemplateSpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes
 */
export interface RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes(obj: RolloutSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile(obj: RolloutSpecTemplateSpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities(obj: RolloutSpecTemplateSpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions(obj: RolloutSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile(obj: RolloutSpecTemplateSpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions
 */
export interface RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions(obj: RolloutSpecTemplateSpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeExec
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeExec {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeExec(obj: RolloutSpecTemplateSpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeGrpc
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeGrpc {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeGrpc(obj: RolloutSpecTemplateSpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet(obj: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket(obj: RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef {
    /**
     * @schema RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef {
    /**
     * @schema RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef {
    /**
     * @schema RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef;
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom(obj: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs#value
     */
    readonly value?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs#valueFrom
     */
    readonly valueFrom?: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesService
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesService {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesService#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesService' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesService(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesService | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue
 */
export interface RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue#exact
     */
    readonly exact?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue#prefix
     */
    readonly prefix?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue(obj: RolloutSpecStrategyCanaryStepsSetHeaderRouteMatchHeaderValue | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders#exact
     */
    readonly exact?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders#prefix
     */
    readonly prefix?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod#exact
     */
    readonly exact?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod#prefix
     */
    readonly prefix?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath
 */
export interface RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath {
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath#exact
     */
    readonly exact?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath#prefix
     */
    readonly prefix?: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath(obj: RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchPath | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupCanaryVirtualNodeRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef(obj: RolloutSpecStrategyCanaryTrafficRoutingAppMeshVirtualNodeGroupStableVirtualNodeRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes#port
     */
    readonly port?: number;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes#sniHosts
     */
    readonly sniHosts?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes
 */
export interface RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes {
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes#port
     */
    readonly port?: number;
    /**
     * @schema RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes#sniHosts
     */
    readonly sniHosts?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes(obj: RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromFieldRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromFieldRef {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromFieldRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef
 */
export interface RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef(obj: RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartExec
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartExec {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartExec(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartSleep
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartSleep {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartSleep(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopExec
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopExec {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopExec(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopSleep
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopSleep {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopSleep(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef
 */
export interface RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef(obj: RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef
 */
export interface RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef(obj: RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef {
    /**
     * @schema RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef(obj: RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom#fieldRef
     */
    readonly fieldRef?: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom#podTemplateHashValue
     */
    readonly podTemplateHashValue?: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions
 */
export interface RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions(obj: RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: RolloutSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: RolloutSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef
 */
export interface RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef {
    /**
     * @schema RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef(obj: RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: RolloutSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
