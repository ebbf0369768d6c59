/**
 * Both platforms refuse a message in which two components share an id, and a Reply may carry the
 * same stateless action twice (say, the same "next week" button in two places). Renderers give the
 * second and later copies a `~n` suffix; handlers strip it before the runner sees the id.
 */
const REPEAT_SUFFIX = /~\d+$/;

/** The ids of `actions` made unique within one message, in order. */
export function uniqueActionIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    return count > 0 ? `${id}~${count}` : id;
  });
}

/** The Reply's own action id behind a rendered (possibly de-duplicated) one. */
export const baseActionId = (renderedId: string): string => renderedId.replace(REPEAT_SUFFIX, '');
