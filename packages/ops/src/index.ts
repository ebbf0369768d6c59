export type { HealthOptions, ReadinessCheck } from './http/health.ts';
export { createReadyzHandler, handleHealthz } from './http/health.ts';
export type { MetricsPlacement } from './http/metrics-endpoint.ts';
export {
  createMetricsServer,
  hasBearer,
  publicMetrics,
  startMetricsServer,
} from './http/metrics-endpoint.ts';
export type { OpsRoutes, OpsRoutesOptions } from './http/ops-routes.ts';
export { createOpsRoutes, createOpsServer } from './http/ops-routes.ts';
export type { ServerTimeouts } from './http/server-timeouts.ts';
export { serverOptions } from './http/server-timeouts.ts';
export type { CreateLoggerOptions, LogLevel } from './logging/create-logger.ts';
export { createLogger } from './logging/create-logger.ts';
export type { MemoryDestination } from './logging/memory-destination.ts';
export { createMemoryDestination } from './logging/memory-destination.ts';
export { isSecretField, REDACTED, scrubText, scrubValue } from './logging/scrub.ts';
export type { SecretRegistry } from './logging/secrets.ts';
export { createSecretRegistry, defaultSecrets, registerSecret } from './logging/secrets.ts';
export type {
  BudgetRefusal,
  CommandFinished,
  CreateMetricsOptions,
  Metrics,
  UpstreamCall,
} from './metrics/create-metrics.ts';
export { createMetrics } from './metrics/create-metrics.ts';
export type {
  GracefulShutdown,
  GracefulShutdownOptions,
  ShutdownReport,
} from './shutdown/graceful-shutdown.ts';
export { createGracefulShutdown, onShutdownSignals } from './shutdown/graceful-shutdown.ts';
