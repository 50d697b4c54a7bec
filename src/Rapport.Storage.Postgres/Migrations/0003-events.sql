-- Coded events: Rapport's own facts and imported event data on one CAMEO scale. event_months keeps running
-- monthly totals per actor pair and quad class, inside the same transaction as each insert, so that a dyad's
-- series is read from a few thousand cells rather than from millions of events.
CREATE TABLE events (
    seq          bigserial        PRIMARY KEY,
    origin       text             NOT NULL,
    record_id    text             NOT NULL,
    date         text,
    month        text,
    source_actor text             COLLATE "C",
    source_name  text,
    target_actor text             COLLATE "C",
    target_name  text,
    cameo        text             NOT NULL,
    quad         integer          NOT NULL CHECK (quad BETWEEN 1 AND 4),
    goldstein    double precision NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    reference    text,
    document_id  text             COLLATE "C" REFERENCES documents (id) ON DELETE CASCADE,
    UNIQUE (origin, record_id)
);

CREATE INDEX events_by_document ON events (document_id) WHERE document_id IS NOT NULL;

CREATE TABLE event_months (
    source_actor  text             COLLATE "C" NOT NULL,
    target_actor  text             COLLATE "C" NOT NULL,
    month         text             NOT NULL,
    quad          integer          NOT NULL,
    events        bigint           NOT NULL,
    goldstein_sum double precision NOT NULL,
    PRIMARY KEY (source_actor, target_actor, month, quad)
);

CREATE INDEX event_months_by_target ON event_months (target_actor, source_actor, month);

CREATE FUNCTION events_count_month() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.month IS NULL OR NEW.source_actor IS NULL OR NEW.target_actor IS NULL THEN
            RETURN NEW;
        END IF;
        INSERT INTO event_months (source_actor, target_actor, month, quad, events, goldstein_sum)
        VALUES (NEW.source_actor, NEW.target_actor, NEW.month, NEW.quad, 1, NEW.goldstein)
        ON CONFLICT (source_actor, target_actor, month, quad)
        DO UPDATE SET events = event_months.events + 1, goldstein_sum = event_months.goldstein_sum + EXCLUDED.goldstein_sum;
        RETURN NEW;
    END IF;
    IF OLD.month IS NULL OR OLD.source_actor IS NULL OR OLD.target_actor IS NULL THEN
        RETURN OLD;
    END IF;
    UPDATE event_months SET events = events - 1, goldstein_sum = goldstein_sum - OLD.goldstein
    WHERE source_actor = OLD.source_actor AND target_actor = OLD.target_actor AND month = OLD.month AND quad = OLD.quad;
    DELETE FROM event_months
    WHERE source_actor = OLD.source_actor AND target_actor = OLD.target_actor AND month = OLD.month AND quad = OLD.quad AND events = 0;
    RETURN OLD;
END;
$$;

CREATE TRIGGER events_count_month AFTER INSERT OR DELETE ON events
FOR EACH ROW EXECUTE FUNCTION events_count_month();
