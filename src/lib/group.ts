/** Items grouped by a key, groups in the order of `order`; empty groups left out. */
export function groupInOrder<T, K extends string>(
  items: readonly T[],
  keyOf: (item: T) => K,
  order: readonly K[],
): { key: K; items: T[] }[] {
  return order
    .map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
    .filter((group) => group.items.length > 0);
}
