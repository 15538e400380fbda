/**
 * The value under `key` in a Map or WeakMap, made and stored on first use. `make` is given the key,
 * so a hot caller can pass a function made once instead of a closure made per call.
 */
export function getOrMake<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    map.set(key, value);
  }
  return value;
}
