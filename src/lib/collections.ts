/** The items of `items` under each key `keyOf` gives, each list in the items' order (Map.groupBy, which Node 20 lacks). */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const same = out.get(key)
    if (same) same.push(item)
    else out.set(key, [item])
  }
  return out
}
