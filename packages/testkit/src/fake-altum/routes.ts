import { type OperationDefinition, operations } from '@altum-chat/core';

export interface RouteMatch {
  readonly operation: OperationDefinition;
  /** Values of `{name}` path segments, decoded. */
  readonly params: Readonly<Record<string, string>>;
}

interface CompiledRoute {
  readonly operation: OperationDefinition;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** Turns `/{api}/openapi` into a regex with one capture per `{name}`; a value may span segments (`v2/objectdata`). */
function compile(operation: OperationDefinition): CompiledRoute {
  const names: string[] = [];
  const source = operation.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] ?? '');
      return '(.+)';
    })
    .join('/');
  return { operation, pattern: new RegExp(`^${source}/?$`), names };
}

/**
 * Routes every operation in the catalogue by method + path. Literal paths are tried before
 * parameterised ones so `/woz/ping` never lands on a `/{api}/…` pattern.
 */
export function createRouter(): (method: string, path: string) => RouteMatch | undefined {
  const routes = Object.values(operations as Record<string, OperationDefinition>)
    .map(compile)
    .sort((a, b) => a.names.length - b.names.length);
  return (method, path) => {
    for (const route of routes) {
      if (route.operation.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1] ?? '');
      });
      return { operation: route.operation, params };
    }
    return undefined;
  };
}
