-- Every message of a route updates its conversation's row, last_activity included. With last_activity indexed,
-- PostgreSQL can never update the row in place (a HOT update): each step wrote new entries into both indexes
-- and left a dead row version behind (a benchmark run: 91 825 updates, none HOT, 91 825 dead versions for 64
-- live rows). The index served only the hourly cleanup, which a sequential scan does as well.
DROP INDEX conversation_state_last_activity;
