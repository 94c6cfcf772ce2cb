-- Configuration made from chat: channel subscriptions (schedule, zone, topics), feeds per server, the audit log,
-- and the delivery ledger whose primary key (subscription, slot) makes each scheduled briefing exactly-once.
CREATE TABLE subscriptions (
    id                INTEGER PRIMARY KEY,
    platform          TEXT NOT NULL,
    server_id         TEXT NOT NULL,
    channel_id        TEXT NOT NULL,
    schedule          TEXT,
    time_zone         TEXT NOT NULL DEFAULT 'UTC',
    paused            INTEGER NOT NULL DEFAULT 0,
    topics            TEXT NOT NULL DEFAULT '[]',
    scheduled_from    TEXT NOT NULL,
    delivery_problem  TEXT,
    UNIQUE (platform, server_id, channel_id)
);
CREATE INDEX ix_subscriptions_server ON subscriptions (platform, server_id);

CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    platform         TEXT NOT NULL,
    server_id        TEXT NOT NULL,
    url              TEXT NOT NULL,
    name             TEXT,
    added_by         TEXT NOT NULL,
    added_at         TEXT NOT NULL,
    enabled          INTEGER NOT NULL DEFAULT 1,
    disabled_reason  TEXT,
    next_poll_at     TEXT,
    UNIQUE (platform, server_id, url)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    platform    TEXT NOT NULL,
    server_id   TEXT NOT NULL,
    channel_id  TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX ix_audit_server ON audit_log (platform, server_id, id);

CREATE TABLE deliveries (
    subscription_id  INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    slot             TEXT NOT NULL,
    state            TEXT NOT NULL,
    window_start     TEXT NOT NULL,
    window_end       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    message_id       TEXT,
    detail           TEXT,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (subscription_id, slot)
) WITHOUT ROWID;
CREATE INDEX ix_deliveries_pending ON deliveries (state) WHERE state = 'Pending';

-- New articles per read of a source, for "items in the last day"; the refresh hint a source gave.
CREATE TABLE source_items (
    location  TEXT NOT NULL,
    at        TEXT NOT NULL,
    added     INTEGER NOT NULL
);
CREATE INDEX ix_source_items ON source_items (location, at);
ALTER TABLE sources ADD COLUMN refresh_hint_seconds INTEGER;

CREATE INDEX ix_stories_last_seen ON stories (last_seen);
