"""The pure domain: vocabulary, stage rules, funnel maths and coaching rules (no Qt, no SQL)."""
