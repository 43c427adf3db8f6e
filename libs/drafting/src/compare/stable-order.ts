/**
 * Keys whose relative order changed between two sequences. The keys present in both are kept in
 * the longest common subsequence (a longest increasing subsequence of their old positions taken in
 * the new order, O(n log n)); the others moved. Inserting or removing paragraphs around a key
 * shifts it but does not move it. Two keys that swapped places both moved: the subsequence keeps
 * one of them, yet a reader sees each where the other was and asks where both came from.
 */
export function movedKeys(before: readonly string[], after: readonly string[]): Set<string> {
  const afterKeys = new Set(after);
  const oldPosition = new Map<string, number>();
  for (const key of before) if (afterKeys.has(key)) oldPosition.set(key, oldPosition.size);
  const common = after.filter((key) => oldPosition.has(key));
  const sequence = common.map((key) => oldPosition.get(key) as number);

  const stays = new Set(longestIncreasing(sequence).map((i) => common[i]));
  const moved = new Set(common.filter((key) => !stays.has(key)));
  // Positions among the common keys: a moved key's partner now stands where it stood, and stood where it stands.
  common.forEach((key, now) => {
    if (!moved.has(key)) return;
    const partner = common[sequence[now]];
    if (partner !== undefined && sequence[sequence[now]] === now) moved.add(partner);
  });
  return moved;
}

/** Indexes into `values` of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const result: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) result.push(i);
  return result.reverse();
}
