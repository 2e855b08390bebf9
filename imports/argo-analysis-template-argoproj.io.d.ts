import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema AnalysisTemplate
 */
export declare class AnalysisTemplate extends ApiObject {
    /**
     * Returns the apiVersion and kind for "AnalysisTemplate"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "AnalysisTemplate".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: AnalysisTemplateProps): any;
    /**
     * Defines a "AnalysisTemplate" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: AnalysisTemplateProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema AnalysisTemplate
 */
export interface AnalysisTemplateProps {
    /**
     * @schema AnalysisTemplate#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema AnalysisTemplate#spec
     */
    readonly spec: AnalysisTemplateSpec;
}
/**
 * Converts an object of type 'AnalysisTemplateProps' to JSON representation.
 */
export declare function toJson_AnalysisTemplateProps(obj: AnalysisTemplateProps | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpec
 */
export interface AnalysisTemplateSpec {
    /**
     * @schema AnalysisTemplateSpec#args
     */
    readonly args?: AnalysisTemplateSpecArgs[];
    /**
     * @schema AnalysisTemplateSpec#dryRun
     */
    readonly dryRun?: AnalysisTemplateSpecDryRun[];
    /**
     * @schema AnalysisTemplateSpec#measurementRetention
     */
    readonly measurementRetention?: AnalysisTemplateSpecMeasurementRetention[];
    /**
     * @schema AnalysisTemplateSpec#metrics
     */
    readonly metrics?: AnalysisTemplateSpecMetrics[];
    /**
     * @schema AnalysisTemplateSpec#templates
     */
    readonly templates?: AnalysisTemplateSpecTemplates[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpec(obj: AnalysisTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecArgs
 */
export interface AnalysisTemplateSpecArgs {
    /**
     * @schema AnalysisTemplateSpecArgs#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecArgs#value
     */
    readonly value?: string;
    /**
     * @schema AnalysisTemplateSpecArgs#valueFrom
     */
    readonly valueFrom?: AnalysisTemplateSpecArgsValueFrom;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecArgs' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecArgs(obj: AnalysisTemplateSpecArgs | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecDryRun
 */
export interface AnalysisTemplateSpecDryRun {
    /**
     * @schema AnalysisTemplateSpecDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecDryRun' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecDryRun(obj: AnalysisTemplateSpecDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMeasurementRetention
 */
export interface AnalysisTemplateSpecMeasurementRetention {
    /**
     * @schema AnalysisTemplateSpecMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * @schema AnalysisTemplateSpecMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMeasurementRetention' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMeasurementRetention(obj: AnalysisTemplateSpecMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetrics
 */
export interface AnalysisTemplateSpecMetrics {
    /**
     * @schema AnalysisTemplateSpecMetrics#consecutiveErrorLimit
     */
    readonly consecutiveErrorLimit?: AnalysisTemplateSpecMetricsConsecutiveErrorLimit;
    /**
     * @schema AnalysisTemplateSpecMetrics#consecutiveSuccessLimit
     */
    readonly consecutiveSuccessLimit?: AnalysisTemplateSpecMetricsConsecutiveSuccessLimit;
    /**
     * @schema AnalysisTemplateSpecMetrics#count
     */
    readonly count?: AnalysisTemplateSpecMetricsCount;
    /**
     * @schema AnalysisTemplateSpecMetrics#failureCondition
     */
    readonly failureCondition?: string;
    /**
     * @schema AnalysisTemplateSpecMetrics#failureLimit
     */
    readonly failureLimit?: AnalysisTemplateSpecMetricsFailureLimit;
    /**
     * @schema AnalysisTemplateSpecMetrics#inconclusiveLimit
     */
    readonly inconclusiveLimit?: AnalysisTemplateSpecMetricsInconclusiveLimit;
    /**
     * @schema AnalysisTemplateSpecMetrics#initialDelay
     */
    readonly initialDelay?: string;
    /**
     * @schema AnalysisTemplateSpecMetrics#interval
     */
    readonly interval?: string;
    /**
     * @schema AnalysisTemplateSpecMetrics#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetrics#provider
     */
    readonly provider: AnalysisTemplateSpecMetricsProvider;
    /**
     * @schema AnalysisTemplateSpecMetrics#successCondition
     */
    readonly successCondition?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetrics' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetrics(obj: AnalysisTemplateSpecMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecTemplates
 */
export interface AnalysisTemplateSpecTemplates {
    /**
     * @schema AnalysisTemplateSpecTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * @schema AnalysisTemplateSpecTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecTemplates' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecTemplates(obj: AnalysisTemplateSpecTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecArgsValueFrom
 */
export interface AnalysisTemplateSpecArgsValueFrom {
    /**
     * @schema AnalysisTemplateSpecArgsValueFrom#fieldRef
     */
    readonly fieldRef?: AnalysisTemplateSpecArgsValueFromFieldRef;
    /**
     * @schema AnalysisTemplateSpecArgsValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: AnalysisTemplateSpecArgsValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecArgsValueFrom' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecArgsValueFrom(obj: AnalysisTemplateSpecArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsConsecutiveErrorLimit
 */
export declare class AnalysisTemplateSpecMetricsConsecutiveErrorLimit {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsConsecutiveErrorLimit;
    static fromString(value: string): AnalysisTemplateSpecMetricsConsecutiveErrorLimit;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsConsecutiveSuccessLimit
 */
export declare class AnalysisTemplateSpecMetricsConsecutiveSuccessLimit {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsConsecutiveSuccessLimit;
    static fromString(value: string): AnalysisTemplateSpecMetricsConsecutiveSuccessLimit;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsCount
 */
export declare class AnalysisTemplateSpecMetricsCount {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsCount;
    static fromString(value: string): AnalysisTemplateSpecMetricsCount;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsFailureLimit
 */
export declare class AnalysisTemplateSpecMetricsFailureLimit {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsFailureLimit;
    static fromString(value: string): AnalysisTemplateSpecMetricsFailureLimit;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsInconclusiveLimit
 */
export declare class AnalysisTemplateSpecMetricsInconclusiveLimit {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsInconclusiveLimit;
    static fromString(value: string): AnalysisTemplateSpecMetricsInconclusiveLimit;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProvider
 */
export interface AnalysisTemplateSpecMetricsProvider {
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#cloudWatch
     */
    readonly cloudWatch?: AnalysisTemplateSpecMetricsProviderCloudWatch;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#datadog
     */
    readonly datadog?: AnalysisTemplateSpecMetricsProviderDatadog;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#graphite
     */
    readonly graphite?: AnalysisTemplateSpecMetricsProviderGraphite;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#influxdb
     */
    readonly influxdb?: AnalysisTemplateSpecMetricsProviderInfluxdb;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#job
     */
    readonly job?: AnalysisTemplateSpecMetricsProviderJob;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#kayenta
     */
    readonly kayenta?: AnalysisTemplateSpecMetricsProviderKayenta;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#newRelic
     */
    readonly newRelic?: AnalysisTemplateSpecMetricsProviderNewRelic;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#plugin
     */
    readonly plugin?: any;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#prometheus
     */
    readonly prometheus?: AnalysisTemplateSpecMetricsProviderPrometheus;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#skywalking
     */
    readonly skywalking?: AnalysisTemplateSpecMetricsProviderSkywalking;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#wavefront
     */
    readonly wavefront?: AnalysisTemplateSpecMetricsProviderWavefront;
    /**
     * @schema AnalysisTemplateSpecMetricsProvider#web
     */
    readonly web?: AnalysisTemplateSpecMetricsProviderWeb;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProvider' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProvider(obj: AnalysisTemplateSpecMetricsProvider | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecArgsValueFromFieldRef
 */
export interface AnalysisTemplateSpecArgsValueFromFieldRef {
    /**
     * @schema AnalysisTemplateSpecArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecArgsValueFromFieldRef(obj: AnalysisTemplateSpecArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecArgsValueFromSecretKeyRef
 */
export interface AnalysisTemplateSpecArgsValueFromSecretKeyRef {
    /**
     * @schema AnalysisTemplateSpecArgsValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecArgsValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecArgsValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecArgsValueFromSecretKeyRef(obj: AnalysisTemplateSpecArgsValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderCloudWatch
 */
export interface AnalysisTemplateSpecMetricsProviderCloudWatch {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatch#interval
     */
    readonly interval?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatch#metricDataQueries
     */
    readonly metricDataQueries: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderCloudWatch' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderCloudWatch(obj: AnalysisTemplateSpecMetricsProviderCloudWatch | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderDatadog
 */
export interface AnalysisTemplateSpecMetricsProviderDatadog {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadog#aggregator
     */
    readonly aggregator?: AnalysisTemplateSpecMetricsProviderDatadogAggregator;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadog#apiVersion
     */
    readonly apiVersion?: AnalysisTemplateSpecMetricsProviderDatadogApiVersion;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadog#formula
     */
    readonly formula?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadog#interval
     */
    readonly interval?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadog#queries
     */
    readonly queries?: {
        [key: string]: string;
    };
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadog#query
     */
    readonly query?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadog#secretRef
     */
    readonly secretRef?: AnalysisTemplateSpecMetricsProviderDatadogSecretRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderDatadog' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderDatadog(obj: AnalysisTemplateSpecMetricsProviderDatadog | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderGraphite
 */
export interface AnalysisTemplateSpecMetricsProviderGraphite {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderGraphite#address
     */
    readonly address?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderGraphite#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderGraphite' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderGraphite(obj: AnalysisTemplateSpecMetricsProviderGraphite | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderInfluxdb
 */
export interface AnalysisTemplateSpecMetricsProviderInfluxdb {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderInfluxdb#profile
     */
    readonly profile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderInfluxdb#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderInfluxdb' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderInfluxdb(obj: AnalysisTemplateSpecMetricsProviderInfluxdb | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJob
 */
export interface AnalysisTemplateSpecMetricsProviderJob {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJob#metadata
     */
    readonly metadata?: AnalysisTemplateSpecMetricsProviderJobMetadata;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJob#spec
     */
    readonly spec: AnalysisTemplateSpecMetricsProviderJobSpec;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJob' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJob(obj: AnalysisTemplateSpecMetricsProviderJob | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderKayenta
 */
export interface AnalysisTemplateSpecMetricsProviderKayenta {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#address
     */
    readonly address: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#application
     */
    readonly application: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#canaryConfigName
     */
    readonly canaryConfigName: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#configurationAccountName
     */
    readonly configurationAccountName: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#lookback
     */
    readonly lookback?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#metricsAccountName
     */
    readonly metricsAccountName: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#scopes
     */
    readonly scopes: AnalysisTemplateSpecMetricsProviderKayentaScopes[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#storageAccountName
     */
    readonly storageAccountName: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayenta#threshold
     */
    readonly threshold: AnalysisTemplateSpecMetricsProviderKayentaThreshold;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderKayenta' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderKayenta(obj: AnalysisTemplateSpecMetricsProviderKayenta | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderNewRelic
 */
export interface AnalysisTemplateSpecMetricsProviderNewRelic {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderNewRelic#profile
     */
    readonly profile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderNewRelic#query
     */
    readonly query: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderNewRelic#timeout
     */
    readonly timeout?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderNewRelic' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderNewRelic(obj: AnalysisTemplateSpecMetricsProviderNewRelic | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderPrometheus
 */
export interface AnalysisTemplateSpecMetricsProviderPrometheus {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheus#address
     */
    readonly address?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheus#authentication
     */
    readonly authentication?: AnalysisTemplateSpecMetricsProviderPrometheusAuthentication;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheus#headers
     */
    readonly headers?: AnalysisTemplateSpecMetricsProviderPrometheusHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheus#insecure
     */
    readonly insecure?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheus#query
     */
    readonly query?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheus#rangeQuery
     */
    readonly rangeQuery?: AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheus#timeout
     */
    readonly timeout?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderPrometheus' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderPrometheus(obj: AnalysisTemplateSpecMetricsProviderPrometheus | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderSkywalking
 */
export interface AnalysisTemplateSpecMetricsProviderSkywalking {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderSkywalking#address
     */
    readonly address?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderSkywalking#interval
     */
    readonly interval?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderSkywalking#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderSkywalking' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderSkywalking(obj: AnalysisTemplateSpecMetricsProviderSkywalking | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderWavefront
 */
export interface AnalysisTemplateSpecMetricsProviderWavefront {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWavefront#address
     */
    readonly address?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWavefront#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderWavefront' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderWavefront(obj: AnalysisTemplateSpecMetricsProviderWavefront | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderWeb
 */
export interface AnalysisTemplateSpecMetricsProviderWeb {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#authentication
     */
    readonly authentication?: AnalysisTemplateSpecMetricsProviderWebAuthentication;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#body
     */
    readonly body?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#headers
     */
    readonly headers?: AnalysisTemplateSpecMetricsProviderWebHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#insecure
     */
    readonly insecure?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#jsonBody
     */
    readonly jsonBody?: any;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#jsonPath
     */
    readonly jsonPath?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#method
     */
    readonly method?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWeb#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderWeb' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderWeb(obj: AnalysisTemplateSpecMetricsProviderWeb | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries
 */
export interface AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#expression
     */
    readonly expression?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#id
     */
    readonly id?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#label
     */
    readonly label?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#metricStat
     */
    readonly metricStat?: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#period
     */
    readonly period?: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#returnData
     */
    readonly returnData?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries(obj: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderDatadogAggregator
 */
export declare enum AnalysisTemplateSpecMetricsProviderDatadogAggregator {
    /** avg */
    AVG = "avg",
    /** min */
    MIN = "min",
    /** max */
    MAX = "max",
    /** sum */
    SUM = "sum",
    /** last */
    LAST = "last",
    /** percentile */
    PERCENTILE = "percentile",
    /** mean */
    MEAN = "mean",
    /** l2norm */
    L2NORM = "l2norm",
    /** area */
    AREA = "area"
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderDatadogApiVersion
 */
export declare enum AnalysisTemplateSpecMetricsProviderDatadogApiVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderDatadogSecretRef
 */
export interface AnalysisTemplateSpecMetricsProviderDatadogSecretRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadogSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderDatadogSecretRef#namespaced
     */
    readonly namespaced?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderDatadogSecretRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderDatadogSecretRef(obj: AnalysisTemplateSpecMetricsProviderDatadogSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobMetadata
 */
export interface AnalysisTemplateSpecMetricsProviderJobMetadata {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobMetadata' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobMetadata(obj: AnalysisTemplateSpecMetricsProviderJobMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#activeDeadlineSeconds
     */
    readonly activeDeadlineSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#backoffLimit
     */
    readonly backoffLimit?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#backoffLimitPerIndex
     */
    readonly backoffLimitPerIndex?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#completionMode
     */
    readonly completionMode?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#completions
     */
    readonly completions?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#managedBy
     */
    readonly managedBy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#manualSelector
     */
    readonly manualSelector?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#maxFailedIndexes
     */
    readonly maxFailedIndexes?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#parallelism
     */
    readonly parallelism?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#podFailurePolicy
     */
    readonly podFailurePolicy?: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#podReplacementPolicy
     */
    readonly podReplacementPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#selector
     */
    readonly selector?: AnalysisTemplateSpecMetricsProviderJobSpecSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#successPolicy
     */
    readonly successPolicy?: AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#template
     */
    readonly template: AnalysisTemplateSpecMetricsProviderJobSpecTemplate;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpec#ttlSecondsAfterFinished
     */
    readonly ttlSecondsAfterFinished?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpec(obj: AnalysisTemplateSpecMetricsProviderJobSpec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderKayentaScopes
 */
export interface AnalysisTemplateSpecMetricsProviderKayentaScopes {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopes#controlScope
     */
    readonly controlScope: AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopes#experimentScope
     */
    readonly experimentScope: AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopes#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderKayentaScopes' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderKayentaScopes(obj: AnalysisTemplateSpecMetricsProviderKayentaScopes | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderKayentaThreshold
 */
export interface AnalysisTemplateSpecMetricsProviderKayentaThreshold {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaThreshold#marginal
     */
    readonly marginal: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaThreshold#pass
     */
    readonly pass: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderKayentaThreshold' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderKayentaThreshold(obj: AnalysisTemplateSpecMetricsProviderKayentaThreshold | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthentication
 */
export interface AnalysisTemplateSpecMetricsProviderPrometheusAuthentication {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthentication#oauth2
     */
    readonly oauth2?: AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthentication#sigv4
     */
    readonly sigv4?: AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderPrometheusAuthentication' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderPrometheusAuthentication(obj: AnalysisTemplateSpecMetricsProviderPrometheusAuthentication | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderPrometheusHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderPrometheusHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusHeaders#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderPrometheusHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderPrometheusHeaders(obj: AnalysisTemplateSpecMetricsProviderPrometheusHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery
 */
export interface AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery#end
     */
    readonly end?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery#start
     */
    readonly start?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery#step
     */
    readonly step?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery(obj: AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderWebAuthentication
 */
export interface AnalysisTemplateSpecMetricsProviderWebAuthentication {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthentication#oauth2
     */
    readonly oauth2?: AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthentication#sigv4
     */
    readonly sigv4?: AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderWebAuthentication' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderWebAuthentication(obj: AnalysisTemplateSpecMetricsProviderWebAuthentication | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderWebHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderWebHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebHeaders#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderWebHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderWebHeaders(obj: AnalysisTemplateSpecMetricsProviderWebHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat
 */
export interface AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#metric
     */
    readonly metric?: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#period
     */
    readonly period?: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#stat
     */
    readonly stat?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#unit
     */
    readonly unit?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat(obj: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod
 */
export declare class AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy#rules
     */
    readonly rules: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy(obj: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy#rules
     */
    readonly rules: AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy(obj: AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplate
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplate {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplate#metadata
     */
    readonly metadata?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplate#spec
     */
    readonly spec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplate' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplate(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope
 */
export interface AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#end
     */
    readonly end?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#region
     */
    readonly region: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#scope
     */
    readonly scope: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#start
     */
    readonly start?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#step
     */
    readonly step: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope(obj: AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope
 */
export interface AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#end
     */
    readonly end?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#region
     */
    readonly region: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#scope
     */
    readonly scope: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#start
     */
    readonly start?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#step
     */
    readonly step: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope(obj: AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2
 */
export interface AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2 {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#clientId
     */
    readonly clientId?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#clientSecret
     */
    readonly clientSecret?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#tokenUrl
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2(obj: AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2 | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4
 */
export interface AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4 {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4#profile
     */
    readonly profile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4#region
     */
    readonly region?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4(obj: AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4 | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2
 */
export interface AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2 {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#clientId
     */
    readonly clientId?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#clientSecret
     */
    readonly clientSecret?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#tokenUrl
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2(obj: AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2 | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4
 */
export interface AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4 {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4#profile
     */
    readonly profile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4#region
     */
    readonly region?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4(obj: AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4 | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric
 */
export interface AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric#dimensions
     */
    readonly dimensions?: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric#metricName
     */
    readonly metricName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric(obj: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod
 */
export declare class AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules#action
     */
    readonly action: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules#onExitCodes
     */
    readonly onExitCodes?: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules#onPodConditions
     */
    readonly onPodConditions?: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules(obj: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules#succeededCount
     */
    readonly succeededCount?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules#succeededIndexes
     */
    readonly succeededIndexes?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules(obj: AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#activeDeadlineSeconds
     */
    readonly activeDeadlineSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#affinity
     */
    readonly affinity?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#containers
     */
    readonly containers: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#dnsConfig
     */
    readonly dnsConfig?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#dnsPolicy
     */
    readonly dnsPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#ephemeralContainers
     */
    readonly ephemeralContainers?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostAliases
     */
    readonly hostAliases?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostIPC
     */
    readonly hostIpc?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostPID
     */
    readonly hostPid?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostUsers
     */
    readonly hostUsers?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostname
     */
    readonly hostname?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostnameOverride
     */
    readonly hostnameOverride?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#initContainers
     */
    readonly initContainers?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#nodeName
     */
    readonly nodeName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#os
     */
    readonly os?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#overhead
     */
    readonly overhead?: {
        [key: string]: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead;
    };
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#preemptionPolicy
     */
    readonly preemptionPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#priority
     */
    readonly priority?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#readinessGates
     */
    readonly readinessGates?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#resourceClaims
     */
    readonly resourceClaims?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#resources
     */
    readonly resources?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#runtimeClassName
     */
    readonly runtimeClassName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#schedulingGates
     */
    readonly schedulingGates?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#securityContext
     */
    readonly securityContext?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#setHostnameAsFQDN
     */
    readonly setHostnameAsFqdn?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#subdomain
     */
    readonly subdomain?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#tolerations
     */
    readonly tolerations?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#volumes
     */
    readonly volumes?: any;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions
 */
export interface AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions(obj: AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes#containerName
     */
    readonly containerName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes#values
     */
    readonly values: number[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes(obj: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions#status
     */
    readonly status: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions(obj: AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity#podAffinity
     */
    readonly podAffinity?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#args
     */
    readonly args?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#command
     */
    readonly command?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#env
     */
    readonly env?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#envFrom
     */
    readonly envFrom?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#image
     */
    readonly image?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#lifecycle
     */
    readonly lifecycle?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#livenessProbe
     */
    readonly livenessProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#ports
     */
    readonly ports?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#readinessProbe
     */
    readonly readinessProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#resizePolicy
     */
    readonly resizePolicy?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#resources
     */
    readonly resources?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#securityContext
     */
    readonly securityContext?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#startupProbe
     */
    readonly startupProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#volumeDevices
     */
    readonly volumeDevices?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#volumeMounts
     */
    readonly volumeMounts?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig#options
     */
    readonly options?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#args
     */
    readonly args?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#command
     */
    readonly command?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#env
     */
    readonly env?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#envFrom
     */
    readonly envFrom?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#image
     */
    readonly image?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#lifecycle
     */
    readonly lifecycle?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#livenessProbe
     */
    readonly livenessProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#ports
     */
    readonly ports?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#readinessProbe
     */
    readonly readinessProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#resizePolicy
     */
    readonly resizePolicy?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#resources
     */
    readonly resources?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#securityContext
     */
    readonly securityContext?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#startupProbe
     */
    readonly startupProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#targetContainerName
     */
    readonly targetContainerName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#volumeDevices
     */
    readonly volumeDevices?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#volumeMounts
     */
    readonly volumeMounts?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#env
     */
    readonly env?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#envFrom
     */
    readonly envFrom?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#lifecycle
     */
    readonly lifecycle?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#ports
     */
    readonly ports?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#resources
     */
    readonly resources?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#securityContext
     */
    readonly securityContext?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#startupProbe
     */
    readonly startupProbe?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates#conditionType
     */
    readonly conditionType: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims#resourceClaimName
     */
    readonly resourceClaimName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims#resourceClaimTemplateName
     */
    readonly resourceClaimTemplateName?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources#claims
     */
    readonly claims?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits;
    };
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#sysctls
     */
    readonly sysctls?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#key
     */
    readonly key?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv#valueFrom
     */
    readonly valueFrom?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom#secretRef
     */
    readonly secretRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle#postStart
     */
    readonly postStart?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle#preStop
     */
    readonly preStop?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources#claims
     */
    readonly claims?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#capabilities
     */
    readonly capabilities?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv#valueFrom
     */
    readonly valueFrom?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom#secretRef
     */
    readonly secretRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle#postStart
     */
    readonly postStart?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle#preStop
     */
    readonly preStop?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources#claims
     */
    readonly claims?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#capabilities
     */
    readonly capabilities?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle#postStart
     */
    readonly postStart?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle#preStop
     */
    readonly preStop?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources#claims
     */
    readonly claims?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#sleep
     */
    readonly sleep?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#sleep
     */
    readonly sleep?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#sleep
     */
    readonly sleep?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#sleep
     */
    readonly sleep?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
