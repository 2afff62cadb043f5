// The loaded, cross-checked set of plans, rules and indicators that evaluation runs on.
import type { Dimension, Indicator } from '../schema/indicator.js';
import type { Domain, Plan } from '../schema/plan-file.js';
import type { Rule } from '../schema/rule.js';

export interface LoadedRule {
  rule: Rule;
  plan: Plan;
  domain: Domain;
  file: string;
  line: number;
}

export interface PlanModel {
  plans: Plan[];
  rules: LoadedRule[];
  indicators: Map<string, Indicator>;
  dimensions: Map<string, Dimension>;
  files: string[];
}
