import { t } from "../i18n";
import type { TargetStatus } from "../metrics/status";

export function statusLabel(status: TargetStatus): string {
  return t(`status.${status}`);
}
