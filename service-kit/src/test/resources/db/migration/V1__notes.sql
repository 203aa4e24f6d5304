create table note (
    id      bigint generated always as identity primary key,
    call_id text not null unique,
    text    text not null
);
