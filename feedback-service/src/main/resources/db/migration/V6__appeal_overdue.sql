-- When an appeal's decision became overdue and the alert was raised: each appeal is alerted once.
alter table appeal add column overdue_alerted_at timestamptz;
