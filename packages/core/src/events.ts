/**
 * A typed event hub: the client and the chat runner emit what happened (a call finished, a command
 * finished) and observers such as metrics subscribe, the way discord.js REST emits `RESTEvents`.
 * Observers never see log lines, so renaming a log message changes no metric.
 */
export interface EventSink<Events extends object> {
  emit<Name extends keyof Events>(name: Name, event: Events[Name]): void;
}

export interface EventHub<Events extends object> extends EventSink<Events> {
  /** Subscribes; returns the function that unsubscribes. */
  on<Name extends keyof Events>(name: Name, listener: (event: Events[Name]) => void): () => void;
}

export function createEventHub<Events extends object>(): EventHub<Events> {
  const listeners = new Map<keyof Events, Set<(event: never) => void>>();
  return {
    on(name, listener) {
      let set = listeners.get(name);
      if (set === undefined) {
        set = new Set();
        listeners.set(name, set);
      }
      set.add(listener as (event: never) => void);
      return () => {
        set.delete(listener as (event: never) => void);
      };
    },
    emit(name, event) {
      const set = listeners.get(name);
      if (set === undefined) return;
      for (const listener of set) {
        try {
          (listener as (event: Events[typeof name]) => void)(event);
        } catch {
          // An observer must never cost a call or a command.
        }
      }
    },
  };
}
