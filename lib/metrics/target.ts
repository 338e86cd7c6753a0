// How far a metric has come towards its target; no database here, so components share it.

/** Progress towards the target in percent, capped for drawing; null without a target. */
export function towardsTarget(value: number | null, target: number | null): number | null {
  if (value === null || !target || target <= 0) return null
  return Math.round((value / target) * 1000) / 10
}
