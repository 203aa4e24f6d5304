-- RANDOM_POSTHOC: a completed day's answered calls, and the month's for the month-end top-up.
create index call_answered on call (answered_at) where outcome = 'ANSWERED';
