import type { ChatRunnerEvents } from '@altum-chat/chat';
import type { AltumClientEvents, EventHub } from '@altum-chat/core';
import type { Metrics } from '@altum-chat/ops';

/** The events of one chat backend: the client's calls and the runner's commands. */
export type ChatBackendEvents = AltumClientEvents & ChatRunnerEvents;

/**
 * Subscribes the Prometheus metrics to the client's and the runner's typed events (never to log
 * lines: a log message can be renamed without touching a metric). Returns the unsubscribe.
 */
export function feedMetrics(events: EventHub<ChatBackendEvents>, metrics: Metrics): () => void {
  const off = [
    events.on('callFinished', (call) => metrics.callFinished(call)),
    events.on('commandStarted', () => metrics.inFlight(1)),
    events.on('commandFinished', (command) => {
      metrics.inFlight(-1);
      metrics.commandFinished(command);
    }),
    events.on('budgetRefused', (refusal) => metrics.budgetRefused(refusal)),
  ];
  return () => {
    for (const unsubscribe of off) unsubscribe();
  };
}
