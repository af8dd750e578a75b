// Turns config and --rule flags into the list of enabled rules with their severities.
import type { Config } from '../config/load.js';
import type { Rule, Severity, SeveritySetting } from '../engine/types.js';
import type { EnabledRule } from '../engine/engine.js';

const TO_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, Severity> = { error: 'error', warn: 'warning', info: 'info' };

export function enableRules(rules: readonly Rule[], config: Config, overrides: Record<string, SeveritySetting>): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const configured = config.rules?.[rule.meta.id];
    const [setting, options] = Array.isArray(configured) ? configured : [configured, undefined];
    const effective = overrides[rule.meta.id] ?? setting;
    if (effective === 'off') continue;
    enabled.push({
      rule,
      severity: effective ? TO_SEVERITY[effective] : rule.meta.severity,
      options: { ...rule.meta.defaultOptions, ...options },
    });
  }
  return enabled;
}
