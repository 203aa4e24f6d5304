-- The event time a reason was made at (the latest endedAt among the records it needed, or the watermark that
-- closed its interval or day); null for reasons from other inputs (evaluations, complaints, requests). The daily
-- random draw counts only reasons made before the day completed, so a replay running ahead of the watermark
-- draws exactly what a live stream draws.
alter table sample_reason add column event_at timestamptz;
