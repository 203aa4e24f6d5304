-- The daily RANDOM_POSTHOC draws read the day's (and at the month's end the month's) answered calls agent by agent
-- through call_agent_answered, for the agents with a quota row for the month: an index of its own on the answer
-- time only cost every new call one more B-tree to write (≈ 30 ms for 6,000 calls at a million).
drop index call_answered;
