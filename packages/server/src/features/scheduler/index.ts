/**
 * The scheduler: durable timers (schedule, cancel, the runner that fires them through lease chains)
 * and the registry through which features hand it their timer handlers and sweeps. It imports no feature.
 */
export { startBackgroundWorkers, type BackgroundWorkers } from './background-workers';
export { WorkerRegistry, type RegisteredSweep, type Sweep } from './worker-registry';
export type { DueTimer, TimerHandler, TimerHandlers } from './timer-runner';
export { processOwnerId } from './timer-runner';
export type { TimerDoc } from './timer.model';
export { cancelTimer, scheduleTimer } from './timer.service';
export { backoffMs, chainStatus, claimLease, finishLease, latestLease, leaseModel } from './lease-chain';
export type { LeaseDoc, LeaseModel } from './lease-chain';
