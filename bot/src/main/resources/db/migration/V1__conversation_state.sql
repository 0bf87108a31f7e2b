-- Where each conversation stands in its route. No message text is ever stored here.
-- Portable between H2 (embedded default) and PostgreSQL.
CREATE TABLE conversation_state (
    conversation_id VARCHAR(100) NOT NULL PRIMARY KEY,
    route_id        VARCHAR(64),
    content_version VARCHAR(32),
    node_id         VARCHAR(64),
    path            VARCHAR(8000) NOT NULL,
    version         BIGINT NOT NULL,
    last_activity   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX conversation_state_last_activity ON conversation_state (last_activity);
