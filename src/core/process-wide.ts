/**
 * A value kept once per process under a name, not once per module instance: a site build loads
 * the same module in several module graphs (the configuration and its hooks, the pages), and
 * each would compute it again.
 */
export function processWide<T>(name: string, initial: () => T): T {
  const key = Symbol.for(`secretariat-general.${name}`);
  const globals = globalThis as Record<symbol, unknown>;
  if (!(key in globals)) globals[key] = initial();
  return globals[key] as T;
}
