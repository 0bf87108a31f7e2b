-- Conversation ids carry their channel's prefix ("web:", "telegram:", "teams:"). Teams conversation ids of
-- personal chats and channel threads run past 100 characters, so the key is widened. SET DATA TYPE is the
-- SQL-standard form both H2 and PostgreSQL accept; on PostgreSQL widening a VARCHAR rewrites nothing.
ALTER TABLE conversation_state ALTER COLUMN conversation_id SET DATA TYPE VARCHAR(512);
