-- Measuring walks the unmeasured tickets by ticket id, on the primary key (issue 19, speed). Nothing
-- looks tickets up by contract any more, and an index no query reads still costs every one of a
-- million inserts a write, and H2 a commit, of its own.
DROP INDEX ticket_by_contract ON ticket;
