/** Passing-grade rules (nilai ambang batas) as versioned data, and the pure judge. */
export { judge, trackOf, criteriaText, type ScoredResult } from './judge.js';
export { PASSING_GRADE_RULES, ruleRef, ruleInfo, ruleInForce, findRule, compareVersions, assertRule } from './rules.js';
export type { PassingGradeRule, ComponentDef, Criterion, Track, RuleRef } from './types.js';
